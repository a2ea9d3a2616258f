package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShellCheckTest {

  @BeforeAll
  static void needsShellcheck() {
    if (ShellCheck.Binary.find().isEmpty()) {
      assertThat(System.getenv("CI")).as("shellcheck is installed in CI").isNotEqualTo("true");
      Assumptions.abort("shellcheck is not installed");
    }
  }

  private static List<Finding> lint(String text) {
    LintOptions options =
        new LintOptions(
            LintConfig.DEFAULT,
            Set.of(ShellCheck.ID),
            Set.of(),
            Optional.empty(),
            Optional.empty());
    return Linter.standard().lint(text, "Dockerfile", options).findings();
  }

  private static String describe(Finding f) {
    return (f.range().start().line() + 1) + ":" + (f.range().start().column() + 1) + " " + f.rule();
  }

  @Test
  void findingsPointIntoContinuedLines() {
    List<Finding> findings = lint("FROM alpine\nRUN echo hi && \\\n    cat $FILE\n");
    assertThat(findings).extracting(ShellCheckTest::describe).containsExactly("3:9 SC2086");
    assertThat(findings.get(0).severity().label()).isEqualTo("info");
    assertThat(findings.get(0).url()).isEqualTo("https://www.shellcheck.net/wiki/SC2086");
  }

  @Test
  void aScriptCheckedBeforeIsAnsweredTheSameWhereverItIs() {
    // The second file holds the same script at another line: the remembered findings are mapped
    // to the new place.
    assertThat(lint("FROM alpine\nRUN cat $FILE_A\n"))
        .extracting(ShellCheckTest::describe)
        .containsExactly("2:9 SC2086");
    assertThat(lint("FROM alpine\n\n\nRUN cat $FILE_A\n"))
        .extracting(ShellCheckTest::describe)
        .containsExactly("4:9 SC2086");
  }

  @Test
  void fromMemoryAnswersOnlyScriptsCheckedBeforeAndStartsNoProcess() {
    String unique = Long.toString(System.nanoTime());
    String file = "FROM alpine\nRUN cat $KNOWN_" + unique + "\nRUN cat $NEW_" + unique + "\n";
    Linter fromMemory = new Linter(List.of(ShellCheck.fromMemory()));
    LintOptions options = LintOptions.DEFAULT;
    assertThat(fromMemory.lint(file, "Dockerfile", options).findings()).isEmpty();
    lint("FROM alpine\nRUN cat $KNOWN_" + unique + "\n");
    List<Finding> found = fromMemory.lint(file, "Dockerfile", options).findings();
    assertThat(found).extracting(ShellCheckTest::describe).containsExactly("2:9 SC2086");
    assertThat(found).allMatch(ShellCheck::reported);
  }

  @Test
  void manyScriptsAreCheckedBySeveralProcessesWithTheSameResult() {
    StringBuilder file = new StringBuilder("FROM alpine\n");
    for (int i = 0; i < 40; i++) {
      file.append("RUN cat $MANY_").append(i).append('\n');
    }
    List<Finding> findings = lint(file.toString());
    assertThat(findings).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(describe(findings.get(i))).isEqualTo((i + 2) + ":9 SC2086");
    }
  }

  @Test
  void argAndEnvNamesAreDeclared() {
    assertThat(lint("FROM alpine\nARG v=1\nENV w=2\nRUN echo \"$v $w\"\n")).isEmpty();
    assertThat(lint("FROM alpine\nRUN echo \"$unset_anywhere\"\n"))
        .extracting(Finding::rule)
        .containsExactly("SC2154");
  }

  @Test
  void stageShellDecidesTheDialect() {
    String bashism = "RUN [[ -f /x ]] && echo y\n";
    assertThat(lint("FROM alpine\n" + bashism)).extracting(Finding::rule).contains("SC3010");
    assertThat(lint("FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]\n" + bashism)).isEmpty();
    assertThat(lint("FROM alpine\nSHELL [\"pwsh\", \"-c\"]\nRUN Write-Host $x\n")).isEmpty();
  }

  @Test
  void heredocScriptsAreCheckedAtTheirLines() {
    List<Finding> findings =
        lint("FROM alpine\nRUN <<EOF\n#!/bin/bash\nset -e\nrm -rf $DIR/*\nEOF\n");
    assertThat(findings).extracting(ShellCheckTest::describe).contains("5:8 SC2086");
  }

  @Test
  void pragmasAndConfigurationNameShellCheckCodes() {
    assertThat(lint("FROM alpine\n# hadolint ignore=SC2086\nRUN cat $FILE\n")).isEmpty();
    LintOptions off =
        new LintOptions(
            LintConfig.DEFAULT,
            Set.of(ShellCheck.ID),
            Set.of("SC2086"),
            Optional.empty(),
            Optional.empty());
    assertThat(Linter.standard().lint("FROM alpine\nRUN cat $FILE\n", "Dockerfile", off).findings())
        .isEmpty();
  }
}
