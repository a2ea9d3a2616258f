package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3002Test {

  @Test
  void lastUserRoot() {
    LintTestHelper.forRule(DL3002.class)
        .source(
            """
            FROM scratch
            USER app
            #> DL3002@6: Last USER should not be root
            USER root:root
            """)
        .doTest();
  }

  @Test
  void uidZeroAndSwitchingBack() {
    LintTestHelper.forRule(DL3002.class)
        .source("FROM scratch\n#> DL3002@6: Last USER should not be root\nUSER 0:0\n")
        .doTest();
    LintTestHelper.forRule(DL3002.class)
        .source("FROM scratch\nUSER root\nRUN something\nUSER foo\n")
        .expectNoFindings();
  }

  @Test
  void onlyTheLastStageCountsAndItInheritsItsParentsUser() {
    LintTestHelper.forRule(DL3002.class)
        .source(
            """
            FROM debian:12 AS base
            #> DL3002@6: Last USER should not be root
            USER root
            FROM base
            RUN something else
            """)
        .doTest();
    LintTestHelper.forRule(DL3002.class)
        .source("FROM debian:12 AS build\nUSER root\nFROM scratch\nUSER app\n")
        .expectNoFindings();
  }

  @Test
  void variablesAreResolvedWhereKnown() {
    LintTestHelper.forRule(DL3002.class)
        .source(
            """
            FROM debian:12
            ARG RUNAS=root
            #> DL3002@6: Last USER should not be root (USER is root)
            USER ${RUNAS}
            """)
        .doTest();
    LintTestHelper.forRule(DL3002.class)
        .source("FROM debian:12\nARG RUNAS\nUSER ${RUNAS}\n")
        .expectNoFindings();
  }
}
