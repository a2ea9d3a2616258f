package dev.dfkit.format.layout;

/**
 * BuildKit's word splitting for {@code ENV}/{@code LABEL} {@code key=value} words (its {@code
 * parseWords}: blanks separate words except inside quotes or after the escape character; quotes and
 * escapes stay in the word). Used to prove that a legacy {@code ENV key value} can be written
 * {@code ENV key=value} and read back as the very same value.
 */
final class KeyValueWords {

  private KeyValueWords() {}

  /** True when {@code text} is read as exactly one word, all of it. */
  static boolean isSingleWord(String text, char escape) {
    if (text.isEmpty() || isSpace(text.charAt(0))) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    boolean inQuote = false;
    char quote = 0;
    int end = text.length();
    for (int pos = 0; pos < end; pos++) {
      char ch = text.charAt(pos);
      if (!inWord && !inQuote) {
        if (isSpace(ch)) {
          continue;
        }
        inWord = true;
        words++;
      }
      if (inWord) {
        if (isSpace(ch)) {
          inWord = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          inWord = false;
          inQuote = true;
        }
        if (ch == escape) {
          if (pos + 1 == end) {
            return false; // a trailing escape is dropped: not the same text
          }
          pos++;
        }
        continue;
      }
      if (ch == quote) {
        inQuote = false;
        inWord = true;
      }
      if (ch == escape && quote != '\'') {
        if (pos + 1 == end) {
          return false;
        }
        pos++;
      }
    }
    return words == 1 && !isSpace(text.charAt(end - 1));
  }

  /** Go's unicode.IsSpace. */
  private static boolean isSpace(int c) {
    switch (c) {
      case ' ',
      '\t',
      '\n',
      0x0B,
      '\f',
      '\r',
      0x85,
      0xA0,
      0x1680,
      0x2028,
      0x2029,
      0x202F,
      0x205F,
      0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }
}
