package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3023Test {

  @Test
  void copyFromItself() {
    LintTestHelper.forRule(DL3023.class)
        .source(
            """
            FROM node:20 AS foo
            #> DL3023@13: `COPY --from` cannot reference its own `FROM` alias
            COPY --from=Foo bar .
            #> DL3023@13: `COPY --from` cannot reference its own `FROM` alias
            COPY --from=0 bar .
            FROM scratch AS run
            COPY --from=foo bar .
            """)
        .doTest();
  }
}
