package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class NoEmptyContinuationTest {

  @Test
  void emptyLineInsideAContinuation() {
    LintTestHelper.forRule(NoEmptyContinuation.class)
        .source(
            "FROM alpine\n"
                + "RUN apk add \\\n"
                + "#> NoEmptyContinuation@1: Empty continuation line\n"
                + "    \n"
                + "    curl\n")
        .doTest();
  }

  @Test
  void reportedOncePerInstruction() {
    LintTestHelper.forRule(NoEmptyContinuation.class)
        .source(
            """
            FROM alpine
            RUN apk add \\
            #> NoEmptyContinuation@1: Empty continuation line

                curl \\

                git
            """)
        .doTest();
  }

  @Test
  void commentLinesAreNotEmpty() {
    LintTestHelper.forRule(NoEmptyContinuation.class)
        .source("FROM alpine\nRUN apk add \\\n# curl\n    git\n")
        .expectNoFindings();
  }

  @Test
  void fixDeletesTheEmptyLines() {
    assertThat(
            LintTestHelper.forRule(NoEmptyContinuation.class)
                .source("FROM alpine\nRUN apk add \\\n\n    curl \\\n  \r\n    git\n")
                .fixed())
        .isEqualTo("FROM alpine\nRUN apk add \\\n    curl \\\n    git\n");
  }
}
