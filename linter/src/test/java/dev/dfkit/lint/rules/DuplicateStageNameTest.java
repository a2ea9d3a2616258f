package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DuplicateStageNameTest {

  @Test
  void laterStagesWithTheSameNameAreReported() {
    LintTestHelper.forRule(DuplicateStageName.class)
        .source(
            """
            FROM alpine AS build
            #> DuplicateStageName@16: Duplicate stage name "build", stage names should be unique
            FROM alpine AS build
            #> DuplicateStageName@16: Duplicate stage name "build", stage names should be unique
            FROM alpine AS build
            """)
        .doTest();
  }

  @Test
  void namesCompareInLowerCase() {
    LintTestHelper.forRule(DuplicateStageName.class)
        .source(
            """
            FROM alpine AS build
            #> DuplicateStageName@16: Duplicate stage name "build", stage names should be unique
            FROM alpine AS Build
            """)
        .doTest();
  }

  @Test
  void uniqueAndUnnamedStagesAreFine() {
    LintTestHelper.forRule(DuplicateStageName.class)
        .source("FROM alpine\nFROM alpine\nFROM alpine AS a\nFROM alpine AS b\n")
        .expectNoFindings();
  }
}
