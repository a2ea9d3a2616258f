package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3065Test {

  private static final String MESSAGE =
      "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the"
          + " default behavior";

  @Test
  void targetPlatform() {
    LintTestHelper.forRule(DL3065.class)
        .source(
            """
            #> DL3065@6: %s
            FROM --platform=$TARGETPLATFORM alpine:3.20
            #> DL3065@6: %s
            FROM --platform=${TARGETPLATFORM} alpine:3.20
            FROM --platform=$BUILDPLATFORM alpine:3.20
            FROM --platform=linux/arm64 alpine:3.20
            FROM alpine:3.20
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void fixRemovesTheFlag() {
    assertThat(
            LintTestHelper.forRule(DL3065.class)
                .source("FROM --platform=$TARGETPLATFORM alpine:3.20 AS base\n")
                .fixed())
        .isEqualTo("FROM alpine:3.20 AS base\n");
  }
}
