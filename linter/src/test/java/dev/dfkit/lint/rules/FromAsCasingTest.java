package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class FromAsCasingTest {

  @Test
  void asMustMatchFrom() {
    LintTestHelper.forRule(FromAsCasing.class)
        .source(
            """
            #> FromAsCasing@13: 'as' and 'FROM' keywords' casing do not match
            FROM alpine as build
            #> FromAsCasing@13: 'AS' and 'from' keywords' casing do not match
            from alpine AS test
            FROM alpine AS release
            from alpine as debug
            """)
        .doTest();
  }

  @Test
  void mixedCaseFromIsLeftToConsistentInstructionCasing() {
    LintTestHelper.forRule(FromAsCasing.class)
        .source("From alpine as build\nfRoM alpine AS test\n")
        .expectNoFindings();
  }

  @Test
  void noStageNameNoFinding() {
    LintTestHelper.forRule(FromAsCasing.class).source("FROM alpine\n").expectNoFindings();
  }

  @Test
  void fixWritesAsInTheCaseOfFrom() {
    assertThat(
            LintTestHelper.forRule(FromAsCasing.class)
                .source("FROM alpine as build\nfrom alpine As test\n")
                .fixed())
        .isEqualTo("FROM alpine AS build\nfrom alpine as test\n");
  }
}
