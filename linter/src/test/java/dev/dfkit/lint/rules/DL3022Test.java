package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3022Test {

  private static final String MESSAGE =
      "`COPY --from` should reference a previously defined `FROM` alias";

  @Test
  void unknownOrLaterStage() {
    LintTestHelper.forRule(DL3022.class)
        .source(
            """
            FROM scratch
            #> DL3022@13: %s (build)
            COPY --from=build foo .
            #> DL3022@13: %s (1)
            COPY --from=1 foo .
            FROM node:20 AS build
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void earlierStagesAndImages() {
    LintTestHelper.forRule(DL3022.class)
        .source(
            """
            FROM scratch AS Build
            FROM node:20
            COPY --from=build foo .
            COPY --from=0 foo .
            COPY --from=haskell:latest bar .
            COPY --from=$UNKNOWN bar .
            """)
        .expectNoFindings();
  }
}
