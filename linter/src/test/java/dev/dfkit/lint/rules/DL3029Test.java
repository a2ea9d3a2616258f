package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3029Test {

  @Test
  void fixedPlatform() {
    LintTestHelper.forRule(DL3029.class)
        .source(
            """
            #> DL3029@6: Do not use --platform flag with FROM
            FROM --platform=linux/amd64 debian:bookworm
            FROM debian:bookworm
            FROM --platform=$BUILDPLATFORM debian:bookworm
            FROM --platform="${BUILDPLATFORM:-}" debian:bookworm
            FROM --platform=${TARGETPLATFORM} debian:bookworm
            """)
        .doTest();
  }
}
