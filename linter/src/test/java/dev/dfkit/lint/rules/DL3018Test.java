package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3018Test {

  @Test
  void unpinnedPackagesAtTheirWord() {
    LintTestHelper.forRule(DL3018.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3018@13: %1$s
            RUN apk add flex
            RUN apk add --no-cache \\
                  flex=2.6.4-r1 \\
            #> DL3018@7: %1$s
                  libffi \\
                  "python3<3.13" git~2.45 "libbz2=~1.0.6-r4"
            """
                .formatted(DL3018.MESSAGE))
        .doTest();
  }

  @Test
  void optionValuesAndFilesAreNotUnpinnedPackages() {
    LintTestHelper.forRule(DL3018.class)
        .source(
            """
            FROM alpine:3.20
            RUN apk add --virtual build-deps python3-dev=3.12.3-r1 && apk del build-deps
            RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0
            RUN apk add --repository=https://example.com/alpine/edge mypackage-1.1.1.apk
            """)
        .expectNoFindings();
  }

  @Test
  void heredocAndOnbuild() {
    LintTestHelper.forRule(DL3018.class)
        .source(
            """
            FROM alpine:3.20
            RUN <<EOF
            #> DL3018@20: %1$s
            apk add --no-cache curl
            EOF
            #> DL3018@29: %1$s
            ONBUILD RUN apk add -t deps gcc
            """
                .formatted(DL3018.MESSAGE))
        .doTest();
  }
}
