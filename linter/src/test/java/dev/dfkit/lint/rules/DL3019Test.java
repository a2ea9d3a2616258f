package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3019Test {

  @Test
  void apkAddWithoutNoCache() {
    LintTestHelper.forRule(DL3019.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3019@5: %1$s
            RUN apk add flex=2.6.4-r1
            RUN apk add --no-cache flex=2.6.4-r1
            RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0
            #> DL3019@46: %1$s
            RUN --mount=type=tmpfs,target=/var/cache/foo apk add -U curl=7.77.0
            """
                .formatted(DL3019.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineAndOnbuild() {
    LintTestHelper.forRule(DL3019.class)
        .source(
            """
            FROM alpine:3.20
            RUN apk update && \\
            #> DL3019@5: %1$s
                apk add curl
            #> DL3019@13: %1$s
            ONBUILD RUN apk add git
            """
                .formatted(DL3019.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsNoCacheAfterAdd() {
    assertThat(
            LintTestHelper.forRule(DL3019.class)
                .source(
                    """
                    FROM alpine:3.20
                    RUN apk update && \\
                        apk add --virtual deps curl
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM alpine:3.20
            RUN apk update && \\
                apk add --no-cache --virtual deps curl
            """);
  }

  @Test
  void withoutTheNetworkNothingIsCached() {
    LintTestHelper.forRule(DL3019.class)
        .source(
            """
            FROM alpine:3.20
            RUN apk add --no-network --virtual .redis-rundeps $runDeps
            #> DL3019@5: %s
            RUN apk add --virtual .build-deps gcc
            """
                .formatted(DL3019.MESSAGE))
        .doTest();
  }
}
