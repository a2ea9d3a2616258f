package dev.dfkit.parser.script;

/** The escapes of bash's {@code $'...'} strings. */
final class AnsiC {

  private AnsiC() {}

  static String decode(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'e', 'E' -> out.append('\u001B');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000B');
        case '\\', '\'', '"', '?' -> out.append(n);
        case 'x' -> i = number(s, i + 1, 16, 2, out) - 1;
        case 'u' -> i = number(s, i + 1, 16, 4, out) - 1;
        case 'U' -> i = number(s, i + 1, 16, 8, out) - 1;
        case 'c' -> {
          if (i + 1 < s.length()) {
            out.append((char) (s.charAt(++i) & 0x1F));
          } else {
            out.append("\\c");
          }
        }
        default -> {
          if (n >= '0' && n <= '7') {
            i = number(s, i, 8, 3, out) - 1;
          } else {
            out.append('\\').append(n);
          }
        }
      }
    }
    return out.toString();
  }

  /** Reads up to {@code max} digits at {@code from}; appends the code point; returns the end. */
  private static int number(String s, int from, int radix, int max, StringBuilder out) {
    int end = from;
    while (end < s.length() && end - from < max && Character.digit(s.charAt(end), radix) >= 0) {
      end++;
    }
    if (end == from) {
      out.append('\\').append(s.charAt(from - 1));
      return from;
    }
    int value = Integer.parseInt(s.substring(from, end), radix);
    if (Character.isValidCodePoint(value)) {
      out.appendCodePoint(value);
    }
    return end;
  }
}
