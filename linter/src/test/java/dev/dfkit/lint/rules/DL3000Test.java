package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3000Test {

  @Test
  void relativeWorkdir() {
    LintTestHelper.forRule(DL3000.class)
        .source(
            """
            FROM alpine
            #> DL3000@9: Use absolute WORKDIR
            WORKDIR app
            WORKDIR /app
            WORKDIR $HOME/app
            WORKDIR "/quoted"
            WORKDIR C:\\\\windows
            #> DL3000@17: Use absolute WORKDIR
            ONBUILD WORKDIR rel
            """)
        .doTest();
  }

  @Test
  void ignorePragmaSilencesTheNextInstruction() {
    LintTestHelper.forRule(DL3000.class)
        .source("FROM alpine\n# hadolint ignore=DL3000\nWORKDIR app\n")
        .expectNoFindings();
    LintTestHelper.forRule(DL3000.class)
        .source("# dflint global ignore=DL3000\nFROM alpine\nWORKDIR app\n")
        .expectNoFindings();
  }
}
