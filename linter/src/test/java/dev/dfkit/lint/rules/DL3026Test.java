package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3026Test {

  private static final String MESSAGE = "Use only an allowed registry in the FROM image";

  private static LintConfig trusting(String... registries) {
    return new LintConfig(
        Optional.empty(),
        Map.of(),
        Optional.of(LintSeverity.INFO),
        List.of(registries),
        Map.of(),
        false,
        false,
        true,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void nothingConfiguredAllowsAll() {
    LintTestHelper.forRule(DL3026.class).source("FROM random.com/debian:12\n").expectNoFindings();
  }

  @Test
  void untrustedFromImages() {
    LintTestHelper.forRule(DL3026.class)
        .config(trusting("trusted.com", "*.corp.example"))
        .source(
            """
            #> DL3026@6: %s (registry: random.com)
            FROM random.com/debian:12 AS a
            FROM trusted.com/debian:12 AS b
            FROM mirror.corp.example/debian:12
            FROM a
            FROM scratch
            #> DL3026@6: %s (registry: docker.io)
            FROM ubuntu:24.04
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }

  @Test
  void dockerHubInAllItsForms() {
    LintTestHelper.forRule(DL3026.class)
        .config(trusting("docker.io"))
        .source(
            """
            FROM ubuntu:18.04 AS builder1
            FROM zemanlx/ubuntu:18.04 AS builder2
            FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
            """)
        .expectNoFindings();
  }

  @Test
  void copyFromAndMountFromImages() {
    LintTestHelper.forRule(DL3026.class)
        .config(trusting("trusted.com"))
        .source(
            """
            FROM trusted.com/base:1 AS build
            #> DL3026@13: %s (registry: untrusted.com)
            COPY --from=untrusted.com/repo/image:tag /foo /bar
            COPY --from=trusted.com/repo/image:tag /foo /bar
            COPY --from=build /foo /bar
            COPY --from=0 /foo /bar
            #> DL3026@28: %s (registry: untrusted.com)
            RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar
            RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar
            RUN --mount=type=cache,target=/foo foobar
            """
                .formatted(MESSAGE, MESSAGE))
        .doTest();
  }
}
