package dev.dfkit.parser.ignore;

import java.util.Optional;

/**
 * The syntax check BuildKit runs on every pattern when it is loaded: Go's {@code
 * filepath.Match(pattern, ".")}, which reports {@code ErrBadPattern} for a malformed bracket
 * expression or escape. Go only says "syntax error in pattern"; we say which rule was broken.
 *
 * <p>Go checks lazily, and so do we, because the difference is observable: the pattern is split at
 * each {@code *} into chunks, each chunk is checked completely, but checking stops at the first
 * chunk that cannot match the name {@code "."}. So {@code [x-]} and {@code .*[x-]} are rejected,
 * while {@code a*[x-]} is accepted here (its regex then decides). This is not a matcher for paths;
 * it only answers which patterns Go rejects.
 *
 * <p>Syntax (non-Windows): {@code \x} escapes any character and must not end the pattern; a bracket
 * expression is {@code [}, an optional {@code ^}, one or more items and {@code ]}; an item is a
 * character or {@code lo-hi}, where each character may be escaped and an unescaped {@code -} or
 * {@code ]} is not allowed. Go does not check {@code lo <= hi} here.
 */
final class GlobSyntax {

  /** The name Go matches against; only its first character can be consumed. */
  private static final String NAME = ".";

  private GlobSyntax() {}

  /** What is wrong with the pattern, or empty when Go's {@code filepath.Match} accepts it. */
  static Optional<String> problem(String pattern) {
    try {
      check(pattern);
      return Optional.empty();
    } catch (BadPattern e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void check(String pattern) throws BadPattern {
    String name = NAME;
    String rest = pattern;
    chunks:
    while (!rest.isEmpty()) {
      int stars = 0;
      while (stars < rest.length() && rest.charAt(stars) == '*') {
        stars++;
      }
      int end = chunkEnd(rest, stars);
      String chunk = rest.substring(stars, end);
      rest = rest.substring(end);
      boolean star = stars > 0;
      if (star && chunk.isEmpty()) {
        return;
      }
      String left = matchChunk(chunk, name);
      if (left != null && (left.isEmpty() || !rest.isEmpty())) {
        name = left;
        continue;
      }
      if (star) {
        for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
          left = matchChunk(chunk, name.substring(i + 1));
          if (left != null && !(rest.isEmpty() && !left.isEmpty())) {
            name = left;
            continue chunks;
          }
        }
      }
      // Go stops here: later chunks are not checked.
      return;
    }
  }

  /** Where the chunk starting at {@code from} ends: at the next {@code *} outside brackets. */
  private static int chunkEnd(String pattern, int from) {
    boolean inRange = false;
    int i = from;
    for (; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 < pattern.length()) {
          i++;
        }
      } else if (c == '[') {
        inRange = true;
      } else if (c == ']') {
        inRange = false;
      } else if (c == '*' && !inRange) {
        break;
      }
    }
    return i;
  }

  /**
   * Matches one star-free chunk against the start of {@code s}: the rest of {@code s}, or null if
   * it does not match. The whole chunk is always parsed, so a malformed chunk throws either way.
   */
  private static String matchChunk(String chunk, String s) throws BadPattern {
    boolean failed = false;
    int c = 0;
    int at = 0;
    while (c < chunk.length()) {
      if (!failed && at >= s.length()) {
        failed = true;
      }
      char ch = chunk.charAt(c);
      if (ch == '[') {
        int r = -1;
        if (!failed) {
          r = s.codePointAt(at);
          at += Character.charCount(r);
        }
        c++;
        boolean negated = c < chunk.length() && chunk.charAt(c) == '^';
        if (negated) {
          c++;
        }
        boolean match = false;
        int items = 0;
        while (true) {
          if (c < chunk.length() && chunk.charAt(c) == ']' && items > 0) {
            c++;
            break;
          }
          // A ']' here is the first item: the closing one was handled above.
          int lo = classChar(chunk, c, "is empty or starts with an unescaped ']' (write \\])");
          c = skipClassChar(chunk, c);
          int hi = lo;
          if (chunk.charAt(c) == '-') {
            c++;
            hi = classChar(chunk, c, "has a range without an upper bound");
            c = skipClassChar(chunk, c);
          }
          if (lo <= r && r <= hi) {
            match = true;
          }
          items++;
        }
        if (match == negated) {
          failed = true;
        }
      } else if (ch == '?') {
        if (!failed) {
          if (s.charAt(at) == '/') {
            failed = true;
          }
          at += Character.charCount(s.codePointAt(at));
        }
        c++;
      } else {
        if (ch == '\\') {
          c++;
          if (c >= chunk.length()) {
            throw new BadPattern("the pattern ends with a lone '\\'");
          }
        }
        if (!failed) {
          if (chunk.charAt(c) != s.charAt(at)) {
            failed = true;
          }
          at++;
        }
        c++;
      }
    }
    return failed ? null : s.substring(at);
  }

  /**
   * One possibly escaped character of a bracket expression at {@code c}; like Go, we also insist
   * that something follows it.
   */
  private static int classChar(String chunk, int c, String bracketProblem) throws BadPattern {
    int n = chunk.length();
    if (c >= n) {
      throw new BadPattern("a character class is not closed with ']'");
    }
    char ch = chunk.charAt(c);
    if (ch == '-') {
      throw new BadPattern("a character class has an unescaped '-' (write \\-)");
    }
    if (ch == ']') {
      throw new BadPattern("a character class " + bracketProblem);
    }
    if (ch == '\\') {
      c++;
      if (c >= n) {
        throw new BadPattern("a character class is not closed with ']'");
      }
    }
    int value = chunk.codePointAt(c);
    if (c + Character.charCount(value) >= n) {
      throw new BadPattern("a character class is not closed with ']'");
    }
    return value;
  }

  /** The index after the class character at {@code c}, which {@link #classChar} accepted. */
  private static int skipClassChar(String chunk, int c) {
    if (chunk.charAt(c) == '\\') {
      c++;
    }
    return c + Character.charCount(chunk.codePointAt(c));
  }

  /** Go's {@code ErrBadPattern}, with the reason. */
  private static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern(String reason) {
      super(reason);
    }
  }
}
