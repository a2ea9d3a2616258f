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
    for (String candidate : candidates) {
      String c = caseSensitive ? candidate : candidate.toLowerCase(Locale.ROOT);
      if (v.equals(c)) {
        return Optional.empty();
      }
      int d = distance(v, c);
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
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }
}
