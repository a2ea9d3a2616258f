package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.Linter;
import dev.dfkit.parser.DockerfileParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A linter that lints one file's versions reuses a RUN's commands only while they are the same. */
class ScriptCommandsTest {

  private final Linter kept = Linter.standard();

  private List<Finding> lintKept(String text) {
    return kept.lint(
            DockerfileParser.parse(text, "Dockerfile"), Optional.empty(), LintOptions.DEFAULT)
        .findings();
  }

  private static List<Finding> lintFresh(String text) {
    return Linter.standard()
        .lint(DockerfileParser.parse(text, "Dockerfile"), Optional.empty(), LintOptions.DEFAULT)
        .findings();
  }

  private static boolean pinWarned(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.rule().equals("DL3008"));
  }

  @Test
  void aRunReadsItsVariablesAgainWhenTheirValuesChange() {
    // Same length, so the RUN's script stays where it was and its parse is the same tree.
    String unpinned =
        "FROM debian:12\nARG PKG=curl\nRUN apt-get install -y --no-install-recommends $PKG\n";
    String pinned = unpinned.replace("PKG=curl", "PKG=c=11");
    assertThat(pinWarned(lintKept(unpinned))).isTrue();
    assertThat(lintKept(pinned)).isEqualTo(lintFresh(pinned));
    assertThat(pinWarned(lintKept(pinned))).isFalse();
    assertThat(lintKept(unpinned)).isEqualTo(lintFresh(unpinned));
    assertThat(pinWarned(lintKept(unpinned))).isTrue();
  }

  @Test
  void aVariableTheScriptSetsItselfIsNotLookedUp() {
    String text =
        "FROM debian:12\nARG PKG=curl\nRUN PKG=wget=1 && apt-get install -y --no-install-recommends $PKG\n";
    String other = text.replace("ARG PKG=curl", "ARG PKG=c=11");
    for (String t : List.of(text, other, text)) {
      assertThat(lintKept(t)).isEqualTo(lintFresh(t));
    }
  }

  @Test
  void anUndoneEditLintsAsBefore() {
    String before =
        "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN cd /x && make\n";
    String typed = before.replace("update", "update x");
    for (String t : List.of(before, typed, before, typed)) {
      assertThat(lintKept(t)).isEqualTo(lintFresh(t));
    }
  }
}
