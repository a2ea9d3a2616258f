package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The index answers exactly what walking every finding would (what hover did before). */
class FindingsByLineProperties {

  @Property
  void sameFindingsAsAWalkOverAll(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 60) Integer> starts,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 25) Integer> lengths,
      @ForAll @IntRange(min = 0, max = 5) int lineLength,
      @ForAll boolean crlf) {
    String line = "x".repeat(lineLength) + (crlf ? "\r\n" : "\n");
    String text = line.repeat(12);
    LineMap lines = LineMap.of(text);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      int start = Math.min(starts.get(i), text.length());
      int end = Math.min(start + lengths.get(i), text.length());
      findings.add(
          new Finding(
              "R" + i,
              LintSeverity.WARNING,
              lines.range(start, end),
              "m",
              "u",
              Optional.empty(),
              i % 7 == 3 ? Optional.of(".dockerignore") : Optional.empty()));
    }
    FindingsByLine index = new FindingsByLine(findings, lines);
    assertThat(index.isOf(List.copyOf(findings))).isTrue();
    for (int offset = 0; offset <= text.length(); offset++) {
      int at = offset;
      List<Finding> walked =
          findings.stream()
              .filter(f -> f.file().isEmpty() && Positions.touches(f.range(), at))
              .toList();
      assertThat(index.at(lines, offset)).as("offset %d", offset).isEqualTo(walked);
    }
  }

  @Property
  void aNewLintOrMoreFindingsIsNotTheSameList(@ForAll @IntRange(min = 1, max = 5) int n) {
    LineMap lines = LineMap.of("a\nb\n");
    List<Finding> first = new ArrayList<>();
    List<Finding> again = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      first.add(finding(lines, "R" + i));
      again.add(finding(lines, "R" + i)); // equal, but another lint's objects
    }
    FindingsByLine index = new FindingsByLine(first, lines);
    assertThat(index.isOf(again)).isFalse();
    List<Finding> more = new ArrayList<>(first);
    more.add(finding(lines, "SC2086"));
    assertThat(index.isOf(more)).isFalse();
  }

  private static Finding finding(LineMap lines, String rule) {
    return new Finding(
        rule, LintSeverity.INFO, lines.range(0, 1), "m", "u", Optional.empty(), Optional.empty());
  }
}
