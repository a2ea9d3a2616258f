package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class ExposeInvalidFormatTest {

  @Test
  void addressAndHostPort() {
    LintTestHelper.forRule(ExposeInvalidFormat.class)
        .source(
            """
            FROM alpine
            #> ExposeInvalidFormat@8: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'
            #> ExposeInvalidFormat@24: EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/tcp'
            EXPOSE 127.0.0.1:80:80 8080:80/tcp 9000
            """)
        .doTest();
  }

  @Test
  void containerPortsAndRangesAreFine() {
    LintTestHelper.forRule(ExposeInvalidFormat.class)
        .source("FROM alpine\nEXPOSE 80 443/tcp 7000-7010/udp\n")
        .expectNoFindings();
  }

  @Test
  void triggersAreCheckedWhereTheyRun() {
    LintTestHelper.forRule(ExposeInvalidFormat.class)
        .source(
            """
            FROM alpine AS base
            #> ExposeInvalidFormat@16: EXPOSE instruction should not define an IP address or host-port mapping, found '80:80'
            ONBUILD EXPOSE 80:80
            FROM base
            """)
        .doTest();
  }
}
