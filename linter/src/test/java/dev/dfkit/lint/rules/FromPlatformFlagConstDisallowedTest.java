package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class FromPlatformFlagConstDisallowedTest {

  @Test
  void constantPlatform() {
    LintTestHelper.forRule(FromPlatformFlagConstDisallowed.class)
        .source(
            """
            #> FromPlatformFlagConstDisallowed@17: FROM --platform flag should not use constant value "linux/amd64"
            FROM --platform=linux/amd64 alpine
            #> FromPlatformFlagConstDisallowed@17: FROM --platform flag should not use constant value "arm64"
            FROM --platform=arm64 alpine AS build
            """)
        .doTest();
  }

  @Test
  void stageNamedAfterThePlatformIsPinnedOnPurpose() {
    LintTestHelper.forRule(FromPlatformFlagConstDisallowed.class)
        .source(
            """
            FROM --platform=linux/amd64 alpine AS build-amd64
            FROM --platform=windows/amd64 alpine AS windows-tools
            FROM --platform=linux/aarch64 alpine AS tools-arm64
            """)
        .expectNoFindings();
  }

  @Test
  void variablesAndNonPlatformsAreLeftAlone() {
    LintTestHelper.forRule(FromPlatformFlagConstDisallowed.class)
        .source(
            """
            ARG P=linux/amd64
            FROM --platform=$P alpine
            FROM --platform=$BUILDPLATFORM alpine
            FROM --platform=notanos alpine
            """)
        .expectNoFindings();
  }
}
