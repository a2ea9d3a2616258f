package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3009Test {

  @Test
  void stagesThatEndUpInAnImage() {
    LintTestHelper.forRule(DL3009.class)
        .source(
            """
            FROM ubuntu:22.04 AS base
            #> DL3009@5: %1$s
            RUN apt-get update && apt-get install -y python3
            FROM base AS build
            RUN apt-get update && apt-get install -y gcc
            FROM scratch
            COPY --from=build /out /out
            """
                .formatted(DL3009.MESSAGE))
        .doTest();
  }

  @Test
  void theListsMustBeRemovedAfterTheUpdate() {
    LintTestHelper.forRule(DL3009.class)
        .source(
            """
            FROM debian:12
            RUN apt-get update \\
             && apt-get install -y curl \\
             && rm -rf /var/lib/apt/lists/*
            RUN rm -rf /var/lib/apt/lists/* && \\
            #> DL3009@5: %1$s
                apt-get update && apt-get install -y git
            #> DL3009@5: %1$s
            RUN apt-get update && apt-get install -y jq && rm -rf /tmp/*
            """
                .formatted(DL3009.MESSAGE))
        .doTest();
  }

  @Test
  void cacheMountsKeepTheListsOutOfTheLayer() {
    LintTestHelper.forRule(DL3009.class)
        .source(
            """
            FROM debian:12
            RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update
            RUN --mount=type=cache,target=/var/lib/apt \\
                --mount=type=tmpfs,target=/var/cache/apt apt-get update
            #> DL3009@46: %1$s
            RUN --mount=type=cache,target=/var/cache/apt apt-get update
            """
                .formatted(DL3009.MESSAGE))
        .doTest();
  }

  @Test
  void triggersAndHeredocs() {
    LintTestHelper.forRule(DL3009.class)
        .source(
            """
            FROM ubuntu:22.04 AS base
            #> DL3009@13: %1$s
            ONBUILD RUN apt update && apt install -y python3
            FROM scratch
            RUN <<EOF
            #> DL3009@1: %1$s
            aptitude update
            aptitude install -y python3
            EOF
            """
                .formatted(DL3009.MESSAGE))
        .doTest();
  }

  @Test
  void distCleanRemovesTheLists() {
    // docker-library's trixie images (python, php, ruby...)
    LintTestHelper.forRule(DL3009.class)
        .source(
            """
            FROM debian:trixie
            RUN apt-get update; apt-get install -y --no-install-recommends gnupg; apt-get dist-clean
            #> DL3009@5: %s
            RUN apt-get update && apt-get install -y curl && apt-get clean
            """
                .formatted(DL3009.MESSAGE))
        .doTest();
  }
}
