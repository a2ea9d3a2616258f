package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3043Test {

  private static final String MESSAGE =
      "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.";

  @Test
  void forbiddenTriggers() {
    LintTestHelper.forRule(DL3043.class)
        .source(
            """
            FROM debian:bookworm
            #> DL3043@9: %s
            ONBUILD ONBUILD RUN anything
            #> DL3043@9: %s
            ONBUILD FROM debian:buster
            #> DL3043@9: %s
            ONBUILD MAINTAINER "BoJack Horseman"
            ONBUILD RUN anything
            ONBUILD HEALTHCHECK NONE
            MAINTAINER "Some Guy"
            """
                .formatted(MESSAGE, MESSAGE, MESSAGE))
        .doTest();
  }
}
