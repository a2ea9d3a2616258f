package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4005Test {

  @Test
  void linkingBinSh() {
    LintTestHelper.forRule(DL4005.class)
        .source(
            """
            FROM debian:12
            #> DL4005@5: %1$s
            RUN ln -sfv /bin/bash /bin/sh
            RUN ln -sf /bin/true /sbin/initctl
            RUN ln -s foo bar && unrelated && something_with /bin/sh
            RUN apt-get install -y bash && \\
            #> DL4005@5: %1$s
                ln -sf bash /bin/sh
            #> DL4005@13: %1$s
            ONBUILD RUN ln -sfv /bin/bash /bin/sh
            """
                .formatted(DL4005.MESSAGE))
        .doTest();
  }
}
