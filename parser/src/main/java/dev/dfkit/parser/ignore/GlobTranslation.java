package dev.dfkit.parser.ignore;

/**
 * A cleaned pattern translated the way moby/patternmatcher does it: its match kind and, for {@link
 * MatchKind#REGEX}, the Go regular expression patternmatcher would compile. The text is kept in Go
 * syntax on purpose; {@link Re2Syntax} then gives it the meaning Go's engine gives it, quirks
 * included (a {@code *} inside {@code [...]} becomes {@code [^/]*} and breaks the class, for
 * example).
 *
 * @param kind how the pattern matches
 * @param re2 the Go regex (always starting with {@code ^}), meaningful for {@code REGEX} only
 */
record GlobTranslation(MatchKind kind, String re2) {

  /**
   * Characters patternmatcher escapes. It means to escape {@code .+()|{}$}, but its lookup table
   * only works for bytes below 64, so {@code |}, {@code {} and {@code }} reach Go's regexp as
   * syntax: {@code a|b} is an alternation and {@code a{2}} a repetition. We keep that behaviour.
   */
  private static final String ESCAPED = ".+()$";

  static GlobTranslation of(String pattern) {
    StringBuilder re = new StringBuilder("^");
    MatchKind kind = MatchKind.EXACT;
    int n = pattern.length();
    int i = 0;
    for (int token = 0; i < n; token++) {
      int ch = pattern.codePointAt(i);
      i += Character.charCount(ch);
      if (ch == '*') {
        if (i < n && pattern.charAt(i) == '*') {
          i++;
          // "**/" is treated as "**".
          if (i < n && pattern.charAt(i) == '/') {
            i++;
          }
          if (i == n) {
            // A final "**" matches everything below a literal prefix without a regex.
            if (kind == MatchKind.EXACT) {
              kind = MatchKind.PREFIX;
            } else {
              re.append(".*");
              kind = MatchKind.REGEX;
            }
          } else {
            re.append("(.*/)?");
            kind = MatchKind.REGEX;
          }
          // A leading "**" makes the pattern a suffix match unless something later needs a regex.
          if (token == 0) {
            kind = MatchKind.SUFFIX;
          }
        } else {
          re.append("[^/]*");
          kind = MatchKind.REGEX;
        }
      } else if (ch == '?') {
        re.append("[^/]");
        kind = MatchKind.REGEX;
      } else if (ch < 128 && ESCAPED.indexOf(ch) >= 0) {
        re.append('\\').append((char) ch);
      } else if (ch == '\\') {
        // The escaped character is copied as a Go regex escape: "\*" is a star, but "\d" is a
        // digit.
        if (i < n) {
          int escaped = pattern.codePointAt(i);
          i += Character.charCount(escaped);
          re.append('\\').appendCodePoint(escaped);
          kind = MatchKind.REGEX;
        } else {
          re.append('\\');
        }
      } else if (ch == '[' || ch == ']') {
        re.append((char) ch);
        kind = MatchKind.REGEX;
      } else {
        re.appendCodePoint(ch);
      }
    }
    if (kind == MatchKind.REGEX) {
      re.append('$');
    }
    return new GlobTranslation(kind, re.toString());
  }
}
