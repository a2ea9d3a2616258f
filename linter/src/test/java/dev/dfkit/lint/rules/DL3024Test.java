package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3024Test {

  @Test
  void duplicateStageNames() {
    LintTestHelper.forRule(DL3024.class)
        .source(
            """
            FROM node:20 AS foo
            FROM scratch AS bar
            #> DL3024@17: FROM aliases (stage names) must be unique
            FROM scratch AS FOO
            """)
        .doTest();
  }
}
