package dev.dfkit.parser.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the whitespace-split words of one scan.
 *
 * <p>BuildKit keeps the word in progress in one buffer per expansion and clears it whenever a scan
 * starts, including the nested scans of {@code ${A:-word}}, so {@code ab${A:-x}} splits to {@code
 * [x]}. The parser's heredoc detection relies on this output, so we share the buffer the same way.
 */
final class WordBuffer {
  /** Accepts everything and keeps nothing, for callers that don't split. */
  static final WordBuffer DISCARD = new WordBuffer(null);

  private final StringBuilder current;
  private final List<String> words;
  private boolean inWord;

  private WordBuffer(StringBuilder shared) {
    this.current = shared;
    this.words = shared == null ? List.of() : new ArrayList<>();
  }

  /** A buffer over {@code shared}, which is cleared now. */
  static WordBuffer over(StringBuilder shared) {
    shared.setLength(0);
    return new WordBuffer(shared);
  }

  /** A character that splits words if it is whitespace. */
  void addChar(int c) {
    if (current == null) {
      return;
    }
    if (CharacterClasses.isSpace(c)) {
      if (inWord && current.length() != 0) {
        words.add(current.toString());
        current.setLength(0);
        inWord = false;
      }
    } else {
      addLiteral(c);
    }
  }

  /** A character kept as part of the word even if it is whitespace (escaped). */
  void addLiteral(int c) {
    if (current == null) {
      return;
    }
    current.appendCodePoint(c);
    inWord = true;
  }

  /** Expanded text: whitespace in it splits words. */
  void addSplitting(String text) {
    if (current == null) {
      return;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      addChar(c);
      i += Character.charCount(c);
    }
  }

  /** Quoted text: kept whole. */
  void addLiteral(String text) {
    if (current == null) {
      return;
    }
    current.append(text);
    inWord = true;
  }

  /** The words so far; a non-empty word in progress ends here. Empty quotes make no word. */
  List<String> finish() {
    if (current != null && current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
      inWord = false;
    }
    return words;
  }
}
