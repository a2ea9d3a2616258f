package dev.dfkit.parser.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" suggestions, with BuildKit's rule: the closest candidate within an edit
 * distance below 3; an exact match means the problem is elsewhere, so nothing is suggested.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The closest candidate, in the case style of {@code value} when matching case-insensitively. */
  public static Optional<String> closest(
      String value, Collection<String> candidates, boolean caseSensitive) {
    String v = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    String match = null;
    int best = 3;
    int[] x = codePoints(v);
    for (String candidate : candidates) {
      String c = caseSensitive ? candidate : candidate.toLowerCase(Locale.ROOT);
      if (v.equals(c)) {
        return Optional.empty();
      }
      int d = distance(x, codePoints(c), best);
      if (d < best) {
        best = d;
        match = caseSensitive ? c : matchCase(c, value);
      }
    }
    return Optional.ofNullable(match);
  }

  /** {@code message (did you mean X?)} when there is a suggestion, else {@code message}. */
  public static String withSuggestion(
      String message, String value, Collection<String> candidates, boolean caseSensitive) {
    return closest(value, candidates, caseSensitive)
        .map(m -> message + " (did you mean " + m + "?)")
        .orElse(message);
  }

  private static String matchCase(String candidate, String original) {
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return candidate.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return candidate.toUpperCase(Locale.ROOT);
    }
    return candidate;
  }

  /** Levenshtein distance over code points. */
  public static int distance(String a, String b) {
    return distance(codePoints(a), codePoints(b), Integer.MAX_VALUE);
  }

  /**
   * The distance when it is below {@code limit}, else some value at least {@code limit}: a
   * suggestion only needs to know whether a candidate beats the best so far, and most candidates
   * are ruled out by their length or after a few rows (every finding of an undefined name asks this
   * of every name in scope).
   */
  private static int distance(int[] x, int[] y, int limit) {
    if (Math.abs(x.length - y.length) >= limit) {
      return limit;
    }
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit; // a row's minimum never decreases further down
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /** The code points of {@code s}, without a stream (names are short, and asked of often). */
  private static int[] codePoints(String s) {
    int n = s.length();
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      out[k++] = cp;
      i += Character.charCount(cp);
    }
    return k == n ? out : java.util.Arrays.copyOf(out, k);
  }
}
