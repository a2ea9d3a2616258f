package dev.dfkit.parser.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Suggestions} cuts its distance short (by length, by a row's minimum); what it suggests is
 * still the first candidate at the smallest full Levenshtein distance below 3, computed here the
 * plain way.
 */
class SuggestionsProperties {

  @Property(tries = 2000)
  void suggestsTheFirstClosestCandidate(
      @ForAll("names") String value,
      @ForAll("candidates") List<String> candidates,
      @ForAll boolean caseSensitive) {
    assertThat(Suggestions.closest(value, candidates, caseSensitive))
        .isEqualTo(expected(value, candidates, caseSensitive));
  }

  @Property(tries = 1000)
  void distanceIsLevenshteinOverCodePoints(@ForAll("names") String a, @ForAll("names") String b) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(levenshtein(a, b));
  }

  @Example
  void countsASurrogatePairAsOneCharacter() {
    assertThat(Suggestions.distance("a\uD83D\uDE00", "ab")).isEqualTo(1);
    assertThat(Suggestions.closest("\uD83D\uDE00X", List.of("\uD83D\uDE00Y"), true))
        .contains("\uD83D\uDE00Y");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abAB_1\u00e9").withChars("\uD83D\uDE00").ofMaxLength(7);
  }

  @Provide
  Arbitrary<List<String>> candidates() {
    return names().list().ofMaxSize(6);
  }

  private static Optional<String> expected(
      String value, List<String> candidates, boolean caseSensitive) {
    String v = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    String match = null;
    int best = 3;
    for (String candidate : candidates) {
      String c = caseSensitive ? candidate : candidate.toLowerCase(Locale.ROOT);
      if (v.equals(c)) {
        return Optional.empty();
      }
      int d = levenshtein(v, c);
      if (d < best) {
        best = d;
        match = caseSensitive ? c : caseOf(c, value);
      }
    }
    return Optional.ofNullable(match);
  }

  private static String caseOf(String candidate, String original) {
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return candidate.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return candidate.toUpperCase(Locale.ROOT);
    }
    return candidate;
  }

  private static int levenshtein(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      for (int j = 0; j <= y.length; j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = x[i - 1] == y[j - 1] ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        }
      }
    }
    return d[x.length][y.length];
  }
}
