package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3045Test {

  private static final String MESSAGE = "`COPY` to a relative destination without `WORKDIR` set.";

  @Test
  void relativeDestinations() {
    LintTestHelper.forRule(DL3045.class)
        .source(
            """
            FROM debian:bookworm
            #> DL3045@13: %s
            COPY bla.sh blubb.sh
            #> DL3045@13: %s
            COPY bla.sh "blubb.sh"
            COPY bla.sh /usr/local/bin/blubb.sh
            COPY bla.sh "c:\\\\system32\\\\blubb.sh"
            COPY src.sh ${SRC_BASE_ENV}
            WORKDIR /usr
            COPY bla.sh blubb.sh
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void workdirIsInheritedFromTheStageBuiltOn() {
    LintTestHelper.forRule(DL3045.class)
        .source(
            """
            FROM debian:bookworm AS base1
            WORKDIR /usr
            FROM base1 AS base2
            FROM base2
            COPY foo bar
            FROM debian:bookworm
            #> DL3045@10: %s
            COPY foo bar
            """
                .formatted(MESSAGE))
        .doTest();
  }
}
