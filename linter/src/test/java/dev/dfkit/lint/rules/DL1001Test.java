package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL1001Test {

  @Test
  void inlinePragmasAreReported() {
    LintTestHelper.forRule(DL1001.class)
        .source(
            """
            FROM alpine:3.20
            #> DL1001@1: Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.
            # hadolint ignore=DL3003
            RUN cd /tmp
            #> DL1001@1: Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.
            # dflint ignore=DL3059
            RUN true
            """)
        .doTest();
  }

  @Test
  void otherCommentsAndGlobalPragmasAreNot() {
    LintTestHelper.forRule(DL1001.class)
        .source(
            """
            # hadolint global ignore=DL3006
            # hadolint shell=powershell
            # just a comment
            FROM alpine
            """)
        .expectNoFindings();
  }
}
