package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class ExposeProtoCasingTest {

  @Test
  void upperCaseProtocol() {
    LintTestHelper.forRule(ExposeProtoCasing.class)
        .source(
            """
            FROM alpine
            #> ExposeProtoCasing@8: Defined protocol '80/TCP' in EXPOSE instruction should be lowercase
            #> ExposeProtoCasing@23: Defined protocol '53/Udp' in EXPOSE instruction should be lowercase
            EXPOSE 80/TCP 443/tcp 53/Udp 8080
            """)
        .doTest();
  }

  @Test
  void checkedAfterExpansion() {
    LintTestHelper.forRule(ExposeProtoCasing.class)
        .source(
            """
            FROM alpine
            ARG PROTO=SCTP
            #> ExposeProtoCasing@8: Defined protocol '9000/SCTP' in EXPOSE instruction should be lowercase
            EXPOSE 9000/$PROTO
            """)
        .doTest();
  }

  @Test
  void buildKitStopsAtAnInvalidPort() {
    LintTestHelper.forRule(ExposeProtoCasing.class)
        .source("FROM alpine\nEXPOSE 80/http 81/TCP\n")
        .expectNoFindings();
  }

  @Test
  void fixLowerCasesALiteralProtocol() {
    assertThat(
            LintTestHelper.forRule(ExposeProtoCasing.class)
                .source("FROM alpine\nARG P=UDP\nEXPOSE 80/TCP 53/$P 8080:80/Tcp\n")
                .fixed())
        .isEqualTo("FROM alpine\nARG P=UDP\nEXPOSE 80/tcp 53/$P 8080:80/tcp\n");
  }
}
