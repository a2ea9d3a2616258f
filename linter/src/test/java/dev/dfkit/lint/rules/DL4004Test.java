package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4004Test {

  private static final String MESSAGE =
      "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only"
          + " the last `ENTRYPOINT` will take effect";

  @Test
  void secondEntrypointInAStage() {
    LintTestHelper.forRule(DL4004.class)
        .source(
            """
            FROM debian:12 AS distro1
            ENTRYPOINT ["a"]
            #> DL4004@1: %s
            ENTRYPOINT b
            FROM debian:12 AS distro2
            ENTRYPOINT ["c"]
            """
                .formatted(MESSAGE))
        .doTest();
  }
}
