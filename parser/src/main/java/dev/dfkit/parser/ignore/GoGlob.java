package dev.dfkit.parser.ignore;

import java.util.Optional;

/**
 * Go's {@code filepath.Match} on a non-Windows system, for one path segment: {@code *} is any run
 * of characters but {@code /}, {@code ?} one character but {@code /}, {@code [...]} and {@code
 * [^...]} a class with ranges, {@code \x} the character {@code x}. A malformed pattern matches
 * nothing (Go returns {@code ErrBadPattern}, which BuildKit's wildcard expansion ignores).
 *
 * <p>Syntax (non-Windows): {@code \x} escapes any character and must not end the pattern; a bracket
 * expression is {@code [}, an optional {@code ^}, one or more items and {@code ]}; an item is a
 * character or {@code lo-hi}, where each character may be escaped and an unescaped {@code -} or
 * {@code ]} is not allowed. Go does not check {@code lo <= hi}.
 *
 * <p>Go checks lazily, and so do we, because the difference is observable: the pattern is split at
 * each {@code *} into chunks, each chunk is parsed completely, but matching stops at the first
 * chunk that cannot match. So BuildKit's load-time check, {@code filepath.Match(pattern, ".")}
 * ({@link #syntaxProblem}), rejects {@code [x-]} and {@code .*[x-]} but accepts {@code a*[x-]}.
 */
public final class GoGlob {

  private GoGlob() {}

  /** Whether a COPY source contains a wildcard, as BuildKit decides it ({@code \} escapes). */
  public static boolean containsWildcards(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} matches {@code pattern}; false when the pattern is malformed. */
  public static boolean matches(String pattern, String name) {
    try {
      return match(pattern, name);
    } catch (BadPattern e) {
      return false;
    }
  }

  /**
   * What is wrong with the pattern, or empty when Go accepts it: the check BuildKit runs on every
   * .dockerignore pattern when it loads them. Go only says "syntax error in pattern"; we say which
   * rule was broken.
   */
  static Optional<String> syntaxProblem(String pattern) {
    try {
      match(pattern, ".");
      return Optional.empty();
    } catch (BadPattern e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Go's {@code ErrBadPattern}, with the reason. */
  private static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final String NOT_CLOSED = "a character class is not closed with ']'";

  private static boolean match(String pattern, String name) throws BadPattern {
    String rest = pattern;
    outer:
    while (!rest.isEmpty()) {
      int stars = 0;
      while (stars < rest.length() && rest.charAt(stars) == '*') {
        stars++;
      }
      boolean star = stars > 0;
      int end = chunkEnd(rest, stars);
      String chunk = rest.substring(stars, end);
      rest = rest.substring(end);
      if (star && chunk.isEmpty()) {
        // A trailing star matches the rest of the segment.
        return name.indexOf('/') < 0;
      }
      int left = matchChunk(chunk, name, 0);
      if (left >= 0 && (left == name.length() || !rest.isEmpty())) {
        name = name.substring(left);
        continue;
      }
      if (star) {
        // The star takes one more character each round, never a separator.
        for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
          left = matchChunk(chunk, name, i + 1);
          if (left >= 0) {
            if (rest.isEmpty() && left < name.length()) {
              continue;
            }
            name = name.substring(left);
            continue outer;
          }
        }
      }
      return false;
    }
    return name.isEmpty();
  }

  /** The end of the chunk starting at {@code from}: the next {@code *} outside a class. */
  private static int chunkEnd(String p, int from) {
    boolean inClass = false;
    int i = from;
    for (; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 < p.length()) {
          i++;
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '*' && !inClass) {
        break;
      }
    }
    return i;
  }

  /**
   * Matches {@code chunk} (no unbracketed star) at the start of {@code s.substring(at)}; returns
   * the index in {@code s} after the match, or -1. Throws when the chunk is malformed, even where
   * {@code s} is already exhausted, as Go does.
   */
  private static int matchChunk(String chunk, String s, int at) throws BadPattern {
    boolean failed = false;
    int c = 0;
    while (c < chunk.length()) {
      if (!failed && at >= s.length()) {
        failed = true;
      }
      char pc = chunk.charAt(c);
      switch (pc) {
        case '[' -> {
          int r = 0;
          if (!failed) {
            r = s.codePointAt(at);
            at += Character.charCount(r);
          }
          c++;
          boolean negated = c < chunk.length() && chunk.charAt(c) == '^';
          if (negated) {
            c++;
          }
          boolean matched = false;
          int ranges = 0;
          while (true) {
            if (c < chunk.length() && chunk.charAt(c) == ']' && ranges > 0) {
              c++;
              break;
            }
            // A ']' here is the first item: the closing one was handled above.
            int[] lo =
                escapedChar(chunk, c, "is empty or starts with an unescaped ']' (write \\])");
            c = lo[1];
            int hi = lo[0];
            if (c < chunk.length() && chunk.charAt(c) == '-') {
              int[] h = escapedChar(chunk, c + 1, "has a range without an upper bound");
              hi = h[0];
              c = h[1];
            }
            if (lo[0] <= r && r <= hi) {
              matched = true;
            }
            ranges++;
          }
          if (matched == negated) {
            failed = true;
          }
        }
        case '?' -> {
          if (!failed) {
            if (s.charAt(at) == '/') {
              failed = true;
            }
            at += Character.charCount(s.codePointAt(at));
          }
          c++;
        }
        case '\\' -> {
          c++;
          if (c >= chunk.length()) {
            throw new BadPattern("the pattern ends with a lone '\\'");
          }
          if (!failed) {
            if (chunk.charAt(c) != s.charAt(at)) {
              failed = true;
            }
            at++;
          }
          c++;
        }
        default -> {
          if (!failed) {
            if (pc != s.charAt(at)) {
              failed = true;
            }
            at++;
          }
          c++;
        }
      }
    }
    return failed ? -1 : at;
  }

  /**
   * One character of a class at {@code i} (escapes applied): {code point, index after}; like Go, we
   * also insist that something follows it. {@code bracketProblem} says what an unescaped {@code ]}
   * in this place means.
   */
  private static int[] escapedChar(String chunk, int i, String bracketProblem) throws BadPattern {
    if (i >= chunk.length()) {
      throw new BadPattern(NOT_CLOSED);
    }
    char c = chunk.charAt(i);
    if (c == '-') {
      throw new BadPattern("a character class has an unescaped '-' (write \\-)");
    }
    if (c == ']') {
      throw new BadPattern("a character class " + bracketProblem);
    }
    if (c == '\\') {
      i++;
      if (i >= chunk.length()) {
        throw new BadPattern(NOT_CLOSED);
      }
    }
    int cp = chunk.codePointAt(i);
    int next = i + Character.charCount(cp);
    if (next >= chunk.length()) {
      throw new BadPattern(NOT_CLOSED);
    }
    return new int[] {cp, next};
  }
}
