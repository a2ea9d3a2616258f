package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4003Test {

  private static final String MESSAGE =
      "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last"
          + " `CMD` will take effect";

  @Test
  void secondCmdInAStage() {
    LintTestHelper.forRule(DL4003.class)
        .source(
            """
            FROM debian:12 AS distro1
            CMD bash
            RUN foo
            #> DL4003@1: %s
            CMD another
            FROM debian:12 AS distro2
            CMD another
            """
                .formatted(MESSAGE))
        .doTest();
  }
}
