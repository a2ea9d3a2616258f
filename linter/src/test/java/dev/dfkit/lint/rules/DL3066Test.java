package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3066Test {

  private static final String MESSAGE = "Non-numeric user-id may not be resolvable by host system";

  @Test
  void userNames() {
    LintTestHelper.forRule(DL3066.class)
        .source(
            """
            FROM debian:bookworm
            USER 12345
            USER 1234:5678
            #> DL3066@6: %s
            USER foobar
            #> DL3066@6: %s
            USER foobar:barfoo
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void uidsFromArgsOrKnownValues() {
    LintTestHelper.forRule(DL3066.class)
        .source(
            """
            ARG APP_UID
            FROM debian:bookworm
            USER ${APP_UID}
            ENV NUMERIC=1000
            USER $NUMERIC:$NUMERIC
            ENV NAME=app
            #> DL3066@6: %s
            USER $NAME
            """
                .formatted(MESSAGE))
        .doTest();
  }
}
