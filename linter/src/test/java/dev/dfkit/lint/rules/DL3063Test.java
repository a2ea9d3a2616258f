package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3063Test {

  @Test
  void reservedStageNames() {
    LintTestHelper.forRule(DL3063.class)
        .source(
            """
            #> DL3063@17: stage name should not be a reserved word
            FROM foo:bar AS scratch
            #> DL3063@17: stage name should not be a reserved word
            FROM foo:bar AS Context
            FROM foo:bar AS foobar
            """)
        .doTest();
  }
}
