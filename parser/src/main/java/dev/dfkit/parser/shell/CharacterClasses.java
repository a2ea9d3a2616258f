package dev.dfkit.parser.shell;

/** The character classes the lexer distinguishes, as Go's {@code unicode} package defines them. */
final class CharacterClasses {
  /** What the cursor returns past the last character. */
  static final int EOF = -1;

  private CharacterClasses() {}

  /** Go's {@code unicode.IsSpace}: Latin-1 blanks plus Unicode White_Space above Latin-1. */
  static boolean isSpace(int c) {
    if (c <= 0xFF) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return Character.isSpaceChar(c);
  }

  /** Letters, digits and underscore continue a variable name. */
  static boolean isNameChar(int c) {
    return c == '_' || Character.isLetter(c) || Character.isDigit(c);
  }

  /** Characters that form a one-character special parameter name ({@code $@}, {@code $?}...). */
  static boolean isSpecialParameter(int c) {
    switch (c) {
      case '@':
      case '*':
      case '#':
      case '?':
      case '-':
      case '$':
      case '!':
      case '0':
        return true;
      default:
        return false;
    }
  }

  /**
   * End (exclusive) of the variable name starting at {@code start}: a run of digits (positional
   * parameter), one special-parameter character, or letters, digits and underscores. Equals {@code
   * start} when there is no name.
   */
  static int nameEnd(String text, int start) {
    int n = text.length();
    if (start >= n) {
      return start;
    }
    int first = text.codePointAt(start);
    if (Character.isDigit(first)) {
      int i = start;
      while (i < n && Character.isDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      return i;
    }
    if (isSpecialParameter(first)) {
      return start + 1;
    }
    int i = start;
    while (i < n && isNameChar(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return i;
  }

  /** Blanks allowed between {@code <<} and a heredoc delimiter. */
  static boolean isHeredocBlank(int c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** Text of one code point, U+FFFD for {@link #EOF} as Go's {@code string(rune(-1))} gives. */
  static String text(int c) {
    return c == EOF ? "\uFFFD" : Character.toString(c);
  }
}
