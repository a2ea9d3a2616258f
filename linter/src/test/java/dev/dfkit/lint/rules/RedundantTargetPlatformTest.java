package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class RedundantTargetPlatformTest {

  @Test
  void targetPlatformAlone() {
    LintTestHelper.forRule(RedundantTargetPlatform.class)
        .source(
            """
            #> RedundantTargetPlatform@17: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior
            FROM --platform=$TARGETPLATFORM alpine
            #> RedundantTargetPlatform@17: Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior
            FROM --platform=${TARGETPLATFORM} alpine AS b
            """)
        .doTest();
  }

  @Test
  void otherPlatformsAreFine() {
    LintTestHelper.forRule(RedundantTargetPlatform.class)
        .source(
            """
            FROM --platform=$BUILDPLATFORM golang AS build
            FROM --platform=$TARGETOS/$TARGETARCH alpine
            FROM --platform=${TARGETPLATFORM:-linux/amd64}$SUFFIX alpine
            """)
        .expectNoFindings();
  }
}
