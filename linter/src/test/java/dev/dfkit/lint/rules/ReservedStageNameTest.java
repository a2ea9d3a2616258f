package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class ReservedStageNameTest {

  @Test
  void scratchAndContextAreReserved() {
    LintTestHelper.forRule(ReservedStageName.class)
        .source(
            """
            #> ReservedStageName@16: Stage name should not use the same name as reserved stage "scratch"
            FROM alpine AS scratch
            #> ReservedStageName@16: Stage name should not use the same name as reserved stage "context"
            FROM alpine AS Context
            """)
        .doTest();
  }

  @Test
  void reservedWordAsBaseImageIsFine() {
    LintTestHelper.forRule(ReservedStageName.class)
        .source("FROM scratch\nFROM scratch AS base\n")
        .expectNoFindings();
  }
}
