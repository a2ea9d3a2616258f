package dev.dfkit.parser.ignore;

/**
 * Go's {@code filepath.Match} on a non-Windows system, for one path segment: {@code *} is any run
 * of characters but {@code /}, {@code ?} one character but {@code /}, {@code [...]} and {@code
 * [^...]} a class with ranges, {@code \x} the character {@code x}. A malformed pattern matches
 * nothing (Go returns {@code ErrBadPattern}, which BuildKit's wildcard expansion ignores).
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

  private static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern() {
      super(null, null, false, false);
    }
  }

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
            int[] lo = escapedChar(chunk, c);
            c = lo[1];
            int hi = lo[0];
            if (c < chunk.length() && chunk.charAt(c) == '-') {
              int[] h = escapedChar(chunk, c + 1);
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
            throw new BadPattern();
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

  /** One character of a class at {@code i} (escapes applied): {code point, index after}. */
  private static int[] escapedChar(String chunk, int i) throws BadPattern {
    if (i >= chunk.length()) {
      throw new BadPattern();
    }
    char c = chunk.charAt(i);
    if (c == '-' || c == ']') {
      throw new BadPattern();
    }
    if (c == '\\') {
      i++;
      if (i >= chunk.length()) {
        throw new BadPattern();
      }
    }
    int cp = chunk.codePointAt(i);
    int next = i + Character.charCount(cp);
    if (next >= chunk.length()) {
      // A class must be closed.
      throw new BadPattern();
    }
    return new int[] {cp, next};
  }
}
