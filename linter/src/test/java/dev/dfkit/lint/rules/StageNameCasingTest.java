package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class StageNameCasingTest {

  @Test
  void mixedCaseStageName() {
    LintTestHelper.forRule(StageNameCasing.class)
        .source(
            """
            #> StageNameCasing@16: Stage name 'BuilderBase' should be lowercase
            FROM alpine AS BuilderBase
            FROM alpine AS builder-base
            """)
        .doTest();
  }

  @Test
  void noNameNoFinding() {
    LintTestHelper.forRule(StageNameCasing.class).source("FROM alpine\n").expectNoFindings();
  }

  @Test
  void fixLowerCasesTheName() {
    assertThat(
            LintTestHelper.forRule(StageNameCasing.class)
                .source("FROM alpine AS Build\nRUN x\n")
                .fixed())
        .isEqualTo("FROM alpine AS build\nRUN x\n");
  }

  @Test
  void checkSkipDirectiveSilencesIt() {
    LintTestHelper.forRule(StageNameCasing.class)
        .source("# check=skip=StageNameCasing\nFROM alpine AS Build\n")
        .expectNoFindings();
  }
}
