package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3003Test {

  @Test
  void cdAtItsName() {
    LintTestHelper.forRule(DL3003.class)
        .source(
            """
            FROM debian:12
            #> DL3003@5: %1$s
            RUN cd /opt
            WORKDIR /opt
            RUN make && \\
                make install && \\
            #> DL3003@5: %1$s
                cd / && rm -rf /opt/src
            """
                .formatted(DL3003.MESSAGE))
        .doTest();
  }

  @Test
  void onbuildTriggersAreNotChecked() {
    LintTestHelper.forRule(DL3003.class)
        .source(
            """
            FROM debian:12
            ONBUILD RUN cd /tmp && make
            RUN echo cd
            """)
        .expectNoFindings();
  }
}
