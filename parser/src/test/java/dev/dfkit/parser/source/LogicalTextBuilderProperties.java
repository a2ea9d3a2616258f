package dev.dfkit.parser.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The builder keeps a text that is one slice of a String without copying it: whatever the appends,
 * the text and its mapping are those of a builder that copies every piece into a StringBuilder.
 */
class LogicalTextBuilderProperties {

  private static final String SOURCE =
      "FROM a\nRUN x \\\n  y\u00e9\n# c\u4e2d\nRUN \ud83d\ude00 z\n";

  /** One append: a slice of the source at its own offset, or the same text placed elsewhere. */
  record Append(int start, int end, boolean asPiece, int sourceStart) {}

  @Property(tries = 1000)
  void slicesGiveTheTextAndMappingOfCopies(@ForAll("appends") List<Append> appends) {
    LineMap lines = LineMap.of(SOURCE);
    LogicalText.Builder fast = LogicalText.builder(lines);
    LogicalText.Builder copying = LogicalText.builder(lines);
    for (Append a : appends) {
      String piece = SOURCE.substring(a.start(), a.end());
      if (a.asPiece()) {
        fast.append(piece, a.sourceStart());
        copying.append(new StringBuilder(piece), a.sourceStart());
      } else {
        fast.append(SOURCE, a.start(), a.end());
        copying.append(new StringBuilder(piece), a.start());
      }
      assertThat(fast.length()).isEqualTo(copying.length());
    }
    LogicalText built = fast.build(3);
    LogicalText expected = copying.build(3);
    assertThat(built).isEqualTo(expected);
    assertThat(built.text()).isEqualTo(expected.text());
    assertThat(built.endOffset()).isEqualTo(expected.endOffset());
    for (int i = 0; i < built.length(); i++) {
      assertThat(built.sourceOffset(i)).isEqualTo(expected.sourceOffset(i));
      for (int j = i; j <= built.length(); j += 3) {
        assertThat(built.slice(i, j)).isEqualTo(expected.slice(i, j));
        assertThat(built.slice(i, j).endOffset()).isEqualTo(expected.slice(i, j).endOffset());
      }
    }
    LogicalText.Builder again = LogicalText.builder(lines).append(built);
    assertThat(again.build(3)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Append>> appends() {
    Arbitrary<Append> one =
        Combinators.combine(
                Arbitraries.integers().between(0, SOURCE.length()),
                Arbitraries.integers().between(0, 8),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, SOURCE.length()))
            .as(
                (start, length, asPiece, at) ->
                    new Append(start, Math.min(SOURCE.length(), start + length), asPiece, at));
    return one.list().ofMaxSize(6);
  }
}
