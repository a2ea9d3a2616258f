package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3011Test {

  @Test
  void portsAboveTheRange() {
    LintTestHelper.forRule(DL3011.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3011@8: Valid UNIX ports range from 0 to 65535
            #> DL3011@20: Valid UNIX ports range from 0 to 65535
            EXPOSE 80000 60000 40000-80000/tcp 65535/udp
            """)
        .doTest();
  }

  @Test
  void variablesAreSkipped() {
    LintTestHelper.forRule(DL3011.class)
        .source("FROM alpine:3.20\nEXPOSE ${PORT} 40000-${TOP} 0\n")
        .expectNoFindings();
  }
}
