package dev.dfkit.parser.shell;

/**
 * Text as Go's {@code %q} verb (strconv.Quote) writes it, which is how BuildKit names the word in
 * {@code failed to process "..."}.
 */
final class GoStringLiteral {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoStringLiteral() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append('"');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (isPrintable(c)) {
        out.appendCodePoint(c);
      } else {
        appendEscape(out, c);
      }
    }
    return out.append('"').toString();
  }

  private static void appendEscape(StringBuilder out, int c) {
    switch (c) {
      case 0x07:
        out.append("\\a");
        return;
      case '\b':
        out.append("\\b");
        return;
      case '\f':
        out.append("\\f");
        return;
      case '\n':
        out.append("\\n");
        return;
      case '\r':
        out.append("\\r");
        return;
      case '\t':
        out.append("\\t");
        return;
      case 0x0B:
        out.append("\\v");
        return;
      default:
        if (c < ' ' || c == 0x7F) {
          out.append("\\x");
          appendHex(out, c, 2);
        } else if (c < 0x10000) {
          out.append("\\u");
          appendHex(out, c, 4);
        } else {
          out.append("\\U");
          appendHex(out, c, 8);
        }
    }
  }

  private static void appendHex(StringBuilder out, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(value >>> shift) & 0xF]);
    }
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols, ASCII space. */
  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
