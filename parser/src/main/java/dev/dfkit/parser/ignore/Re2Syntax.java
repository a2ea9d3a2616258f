package dev.dfkit.parser.ignore;

/**
 * Rewrites a Go regular expression (RE2 syntax with Go's default Perl flags) as a java.util.regex
 * expression with the same meaning, and rejects what Go's {@code regexp.Compile} rejects.
 *
 * <p>Handing Go syntax to Java unchanged would silently change matches: in Java {@code [a[^/]*]} is
 * a union of nested classes, in Go it is the class {@code [a[^/]} followed by {@code *} and a
 * literal {@code ]}; Java's {@code $} also matches before a final line break and {@code \v} means a
 * class. So every construct is parsed the way Go parses it and written out in an unambiguous Java
 * form: literals as {@code \x{...}}, classes flattened to ranges, assertions and groups as {@code
 * (?:...)}.
 *
 * <p>It covers everything that can appear in a pattern translated by {@link GlobTranslation};
 * {@code (?flags)} groups cannot appear there and are rejected as unsupported.
 */
final class Re2Syntax {

  /** Go's {@code \b} is an ASCII word boundary; Java's would be Unicode-aware. */
  private static final String WORD = "[0-9A-Za-z_]";

  private static final String WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
  private static final String NOT_WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

  /** What a following repetition operator would apply to. */
  private enum Last {
    NOTHING,
    ATOM,
    REPEAT
  }

  private final String src;
  private final StringBuilder out = new StringBuilder();
  private int pos;

  private Re2Syntax(String src) {
    this.src = src;
  }

  static String toJava(String re2) throws Re2SyntaxException {
    Re2Syntax syntax = new Re2Syntax(re2);
    syntax.parse();
    return syntax.out.toString();
  }

  private void parse() throws Re2SyntaxException {
    Last last = Last.NOTHING;
    int depth = 0;
    int n = src.length();
    while (pos < n) {
      char c = src.charAt(pos);
      switch (c) {
        case '(' -> {
          if (pos + 1 < n && src.charAt(pos + 1) == '?') {
            throw unsupported("(?");
          }
          out.append("(?:");
          depth++;
          pos++;
          last = Last.NOTHING;
        }
        case ')' -> {
          if (depth == 0) {
            throw new Re2SyntaxException("unexpected )", src);
          }
          out.append(')');
          depth--;
          pos++;
          last = Last.ATOM;
        }
        case '|' -> {
          out.append('|');
          pos++;
          last = Last.NOTHING;
        }
        case '^' -> last = atom("(?:^)", 1);
        case '$' -> last = atom("(?:\\z)", 1);
        case '.' -> last = atom("[^\\n]", 1);
        case '[' -> {
          parseClass();
          last = Last.ATOM;
        }
        case '*', '+', '?' -> last = repeat(last, pos + 1);
        case '{' -> {
          int end = repeatCountEnd();
          // Go reads a "{" that does not start a valid "{n}", "{n,}" or "{n,m}" as a literal.
          last = end < 0 ? literal('{', 1) : repeat(last, end);
        }
        case '\\' -> last = parseEscapeAtom(last);
        default -> {
          int cp = src.codePointAt(pos);
          last = literal(cp, Character.charCount(cp));
        }
      }
    }
    if (depth != 0) {
      throw new Re2SyntaxException("missing closing )", src);
    }
  }

  private Last atom(String java, int length) {
    out.append(java);
    pos += length;
    return Last.ATOM;
  }

  private Last literal(int codePoint, int length) {
    CharClass.appendLiteral(out, codePoint);
    pos += length;
    return Last.ATOM;
  }

  /** A repetition operator from {@code pos} to {@code end}, with an optional {@code ?} after it. */
  private Last repeat(Last last, int end) throws Re2SyntaxException {
    int start = pos;
    pos = end;
    if (pos < src.length() && src.charAt(pos) == '?') {
      pos++;
    }
    if (last == Last.REPEAT) {
      throw new Re2SyntaxException("invalid nested repetition operator", src.substring(0, pos));
    }
    if (last == Last.NOTHING) {
      throw new Re2SyntaxException(
          "missing argument to repetition operator", src.substring(start, pos));
    }
    out.append(src, start, pos);
    return Last.REPEAT;
  }

  /**
   * The end of a repeat count {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code pos}, or -1
   * when the {@code {} is a literal. Throws for counts Go rejects (over 1000, or min over max).
   */
  private int repeatCountEnd() throws Re2SyntaxException {
    int at = pos + 1;
    int minEnd = digitsEnd(at);
    if (minEnd < 0) {
      return -1;
    }
    long min = count(at, minEnd);
    long max = min;
    at = minEnd;
    if (at < src.length() && src.charAt(at) == ',') {
      at++;
      if (at < src.length() && src.charAt(at) == '}') {
        max = -1;
      } else {
        int maxEnd = digitsEnd(at);
        if (maxEnd < 0) {
          return -1;
        }
        max = count(at, maxEnd);
        at = maxEnd;
      }
    }
    if (at >= src.length() || src.charAt(at) != '}') {
      return -1;
    }
    if (min > 1000 || max > 1000 || (max >= 0 && min > max)) {
      throw new Re2SyntaxException("invalid repeat count", src.substring(pos, at + 1));
    }
    return at + 1;
  }

  /** The end of a run of decimal digits without a leading zero at {@code at}, or -1. */
  private int digitsEnd(int at) {
    int end = at;
    while (end < src.length() && src.charAt(end) >= '0' && src.charAt(end) <= '9') {
      end++;
    }
    if (end == at || (end - at > 1 && src.charAt(at) == '0')) {
      return -1;
    }
    return end;
  }

  /** The digits' value, capped so that huge counts stay "too big" without overflowing. */
  private long count(int from, int to) {
    long value = 0;
    for (int i = from; i < to && value <= 100_000_000L; i++) {
      value = value * 10 + src.charAt(i) - '0';
    }
    return value;
  }

  /** A backslash outside a class: an assertion, {@code \Q...\E}, a class or one character. */
  private Last parseEscapeAtom(Last last) throws Re2SyntaxException {
    int n = src.length();
    if (pos + 1 < n) {
      switch (src.charAt(pos + 1)) {
        case 'A' -> {
          return atom("(?:\\A)", 2);
        }
        case 'z' -> {
          return atom("(?:\\z)", 2);
        }
        case 'b' -> {
          return atom(WORD_BOUNDARY, 2);
        }
        case 'B' -> {
          return atom(NOT_WORD_BOUNDARY, 2);
        }
        case 'C' -> throw new Re2SyntaxException("invalid escape sequence", "\\C");
        case 'Q' -> {
          // Everything up to \E (or the end, "$" included) is literal text.
          int end = src.indexOf("\\E", pos + 2);
          int stop = end < 0 ? n : end;
          pos += 2;
          while (pos < stop) {
            int cp = src.codePointAt(pos);
            last = literal(cp, Character.charCount(cp));
          }
          pos = end < 0 ? n : end + 2;
          return last;
        }
        default -> {
          // handled below
        }
      }
    }
    CharClass cls = new CharClass();
    if (parseUnicodeClass(cls) || parsePerlClass(cls)) {
      out.append(cls.toJava(false));
      return Last.ATOM;
    }
    CharClass.appendLiteral(out, parseEscape());
    return Last.ATOM;
  }

  private void parseClass() throws Re2SyntaxException {
    int n = src.length();
    String whole = src.substring(pos);
    pos++;
    boolean negated = pos < n && src.charAt(pos) == '^';
    if (negated) {
      pos++;
    }
    CharClass cls = new CharClass();
    // A "]" right after "[" or "[^" is a literal.
    boolean first = true;
    while (pos >= n || src.charAt(pos) != ']' || first) {
      first = false;
      if (n - pos > 2 && src.startsWith("[:", pos)) {
        int close = src.indexOf(":]", pos + 2);
        if (close >= 0) {
          String name = src.substring(pos, close + 2);
          if (!cls.addPosix(name.substring(2, name.length() - 2))) {
            throw new Re2SyntaxException("invalid character class range", name);
          }
          pos = close + 2;
          continue;
        }
      }
      if (parseUnicodeClass(cls) || parsePerlClass(cls)) {
        continue;
      }
      int rangeStart = pos;
      int lo = parseClassChar(whole);
      int hi = lo;
      // "[a-]" means "a" or "-".
      if (n - pos >= 2 && src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
        pos++;
        hi = parseClassChar(whole);
        if (hi < lo) {
          throw new Re2SyntaxException(
              "invalid character class range", src.substring(rangeStart, pos));
        }
      }
      cls.addRange(lo, hi);
    }
    pos++;
    out.append(cls.toJava(negated));
  }

  private int parseClassChar(String wholeClass) throws Re2SyntaxException {
    if (pos >= src.length()) {
      throw new Re2SyntaxException("missing closing ]", wholeClass);
    }
    if (src.charAt(pos) == '\\') {
      return parseEscape();
    }
    int cp = src.codePointAt(pos);
    pos += Character.charCount(cp);
    return cp;
  }

  private boolean parsePerlClass(CharClass cls) {
    if (pos + 1 < src.length()
        && src.charAt(pos) == '\\'
        && CharClass.isPerlClass(src.charAt(pos + 1))) {
      cls.addPerl(src.charAt(pos + 1));
      pos += 2;
      return true;
    }
    return false;
  }

  /** {@code \pX}, {@code \PX} or the braced forms; false when there is none at {@code pos}. */
  private boolean parseUnicodeClass(CharClass cls) throws Re2SyntaxException {
    int n = src.length();
    if (pos + 1 >= n || src.charAt(pos) != '\\') {
      return false;
    }
    char p = src.charAt(pos + 1);
    if (p != 'p' && p != 'P') {
      return false;
    }
    boolean negated = p == 'P';
    int afterName;
    String name;
    if (pos + 2 >= n) {
      afterName = n;
      name = "";
    } else if (src.charAt(pos + 2) != '{') {
      afterName = pos + 2 + Character.charCount(src.codePointAt(pos + 2));
      name = src.substring(pos + 2, afterName);
    } else {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw new Re2SyntaxException("invalid character class range", src.substring(pos));
      }
      afterName = close + 1;
      name = src.substring(pos + 3, close);
    }
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.substring(1);
    }
    if (!cls.addUnicode(name, negated)) {
      throw new Re2SyntaxException("invalid character class range", src.substring(pos, afterName));
    }
    pos = afterName;
    return true;
  }

  /** One escaped character ({@code \.}, octal, hex, C escapes); Go rejects any other letter. */
  private int parseEscape() throws Re2SyntaxException {
    int n = src.length();
    int start = pos;
    pos++;
    if (pos >= n) {
      throw new Re2SyntaxException("trailing backslash at end of expression", "");
    }
    int c = src.codePointAt(pos);
    pos += Character.charCount(c);
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      return c;
    }
    switch (c) {
      case '1', '2', '3', '4', '5', '6', '7', '0' -> {
        // A lone non-zero digit would be a back-reference, which Go does not support.
        if (c != '0' && !isOctal(pos)) {
          break;
        }
        int value = c - '0';
        for (int i = 1; i < 3 && isOctal(pos); i++) {
          value = value * 8 + src.charAt(pos++) - '0';
        }
        return value;
      }
      case 'x' -> {
        int value = parseHex();
        if (value >= 0) {
          return value;
        }
      }
      case 'a' -> {
        return 0x07;
      }
      case 'f' -> {
        return '\f';
      }
      case 'n' -> {
        return '\n';
      }
      case 'r' -> {
        return '\r';
      }
      case 't' -> {
        return '\t';
      }
      case 'v' -> {
        return 0x0B;
      }
      default -> {
        // rejected below
      }
    }
    throw new Re2SyntaxException("invalid escape sequence", src.substring(start, pos));
  }

  /** The value of {@code \xHH} or {@code \x{H...}} after the {@code x}, or -1 if malformed. */
  private int parseHex() {
    int n = src.length();
    if (pos < n && src.charAt(pos) == '{') {
      pos++;
      int value = 0;
      int digits = 0;
      while (pos < n) {
        char d = src.charAt(pos++);
        if (d == '}') {
          return digits == 0 ? -1 : value;
        }
        int v = hexValue(d);
        value = value * 16 + v;
        if (v < 0 || value > CharClass.MAX_CODE_POINT) {
          return -1;
        }
        digits++;
      }
      return -1;
    }
    if (pos + 2 > n) {
      pos = n;
      return -1;
    }
    int x = hexValue(src.charAt(pos++));
    int y = hexValue(src.charAt(pos++));
    return x < 0 || y < 0 ? -1 : x * 16 + y;
  }

  private static int hexValue(char d) {
    return d < 128 ? Character.digit(d, 16) : -1;
  }

  private boolean isOctal(int at) {
    return at < src.length() && src.charAt(at) >= '0' && src.charAt(at) <= '7';
  }

  private Re2SyntaxException unsupported(String construct) {
    return new Re2SyntaxException("not supported by dfkit's translation", construct);
  }
}
