package dev.dfkit.parser.shell;

import static dev.dfkit.parser.shell.CharacterClasses.EOF;

/** A read position in a word, moving by code points. */
final class WordCursor {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String text;
  private int pos;

  WordCursor(String text) {
    this.text = text;
    // BuildKit reads words with Go's text/scanner, which drops a leading byte order mark.
    this.pos = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
  }

  String text() {
    return text;
  }

  /** Char index of the next code point. */
  int pos() {
    return pos;
  }

  int peek() {
    return pos < text.length() ? text.codePointAt(pos) : EOF;
  }

  int next() {
    if (pos >= text.length()) {
      return EOF;
    }
    int c = text.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }

  /** Moves to {@code index}, a code point boundary at or after the current position. */
  void skipTo(int index) {
    pos = index;
  }

  boolean atEnd() {
    return pos >= text.length();
  }
}
