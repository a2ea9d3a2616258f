package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class InvalidBaseImagePlatformTest {

  @Test
  void silentOfflineEvenForAPinnedPlatformAndDigest() {
    LintTestHelper.forRule(InvalidBaseImagePlatform.class)
        .source(
            """
            FROM --platform=linux/arm64 alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a
            FROM --platform=windows/amd64 alpine:3.20 AS win
            FROM alpine
            """)
        .expectNoFindings();
  }

  @Test
  void messageIsBuildKits() {
    assertThat(InvalidBaseImagePlatform.message("alpine", "linux/amd64", "linux/arm64"))
        .isEqualTo(
            "Base image alpine was pulled with platform \"linux/arm64\", expected \"linux/amd64\""
                + " for current build");
  }
}
