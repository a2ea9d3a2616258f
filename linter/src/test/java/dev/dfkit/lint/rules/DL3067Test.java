package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3067Test {

  private static final String MESSAGE = "Do not copy an entire filesystem from another stage";

  @Test
  void wholeFilesystemFromAnotherStage() {
    LintTestHelper.forRule(DL3067.class)
        .source(
            """
            FROM debian:bookworm AS build
            FROM scratch
            #> DL3067@19: %s
            COPY --from=build / /
            #> DL3067@19: %s
            COPY --from=build "/" "/"
            COPY / /
            COPY --from=build /app /
            COPY --from=build / /app
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }
}
