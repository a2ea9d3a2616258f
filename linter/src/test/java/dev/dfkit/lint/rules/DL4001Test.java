package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4001Test {

  @Test
  void bothToolsInOneStage() {
    LintTestHelper.forRule(DL4001.class)
        .source(
            """
            FROM node:20 AS foo
            RUN wget my.xyz
            #> DL4001@5: %1$s
            RUN curl my.xyz
            RUN echo hello
            #> DL4001@5: %1$s
            RUN wget foo.com
            FROM scratch
            RUN curl localhost
            """
                .formatted(DL4001.MESSAGE))
        .doTest();
  }

  @Test
  void bothInOneRunReportedOnce() {
    LintTestHelper.forRule(DL4001.class)
        .source(
            """
            FROM debian:12
            RUN wget my.xyz && \\
            #> DL4001@5: %1$s
                curl localhost && curl other
            ONBUILD RUN wget a
            #> DL4001@13: %1$s
            ONBUILD RUN curl b
            """
                .formatted(DL4001.MESSAGE))
        .doTest();
  }
}
