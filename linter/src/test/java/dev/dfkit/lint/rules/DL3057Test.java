package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3057Test {

  private static final String MESSAGE = "`HEALTHCHECK` instruction missing.";

  @Test
  void stagesWithoutHealthcheck() {
    LintTestHelper.forRule(DL3057.class)
        .source(
            """
            FROM scratch AS base
            HEALTHCHECK CMD /bin/bla
            FROM base
            #> DL3057@6: %s
            FROM scratch
            """
                .formatted(MESSAGE))
        .doTest();
  }

  @Test
  void aHealthcheckBelowCoversTheChainAbove() {
    LintTestHelper.forRule(DL3057.class)
        .source(
            """
            FROM scratch AS base1
            FROM base1 AS base2
            FROM base2 AS base3.1
            #> DL3057@6: %s
            FROM base2 AS base3.2
            FROM base3.1 AS end1
            HEALTHCHECK NONE
            #> DL3057@6: %s
            FROM base3.2 AS end2
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }
}
