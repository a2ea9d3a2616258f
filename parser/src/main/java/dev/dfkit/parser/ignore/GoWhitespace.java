package dev.dfkit.parser.ignore;

/**
 * The white space Go's {@code strings.TrimSpace} removes ({@code unicode.IsSpace}). It differs from
 * {@link String#strip()}: no-break spaces count, the ASCII separators U+001C..U+001F do not.
 */
final class GoWhitespace {

  private GoWhitespace() {}

  static boolean isSpace(char c) {
    switch (c) {
      case '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u0085',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000' -> {
        return true;
      }
      default -> {
        return c >= '\u2000' && c <= '\u200A';
      }
    }
  }

  /** Index of the first non-space character of {@code text[from, to)}, or {@code to}. */
  static int skipLeading(CharSequence text, int from, int to) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Index just past the last non-space character of {@code text[from, to)}, or {@code from}. */
  static int skipTrailing(CharSequence text, int from, int to) {
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  static String trim(String text) {
    int end = skipTrailing(text, 0, text.length());
    return text.substring(skipLeading(text, 0, end), end);
  }
}
