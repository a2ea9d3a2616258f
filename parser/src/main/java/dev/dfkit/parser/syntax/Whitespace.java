package dev.dfkit.parser.syntax;

/** The two notions of whitespace BuildKit's parser uses. */
public final class Whitespace {

  private Whitespace() {}

  /** Go's unicode.IsSpace. */
  public static boolean isSpace(int c) {
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

  /** BuildKit's argument separator, the regular expression {@code [\t\v\f\r ]}. */
  public static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Index of the first non-space character at or after {@code from} (Go strings.TrimLeftFunc). */
  static int skipSpace(String s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index just past the last non-space character before {@code to}. */
  static int trimEnd(String s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
