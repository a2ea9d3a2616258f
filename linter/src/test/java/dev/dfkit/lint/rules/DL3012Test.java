package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3012Test {

  @Test
  void secondHealthcheckInAStage() {
    LintTestHelper.forRule(DL3012.class)
        .source(
            """
            FROM scratch
            HEALTHCHECK CMD /bin/bla1
            #> DL3012@1: Multiple `HEALTHCHECK` instructions
            HEALTHCHECK NONE
            FROM scratch
            HEALTHCHECK CMD /bin/bla2
            """)
        .doTest();
  }
}
