package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3007Test {

  private static final String MESSAGE =
      "Using latest is prone to errors if the image will ever update. Pin the version explicitly"
          + " to a release tag";

  @Test
  void latestTag() {
    LintTestHelper.forRule(DL3007.class)
        .source(
            "#> DL3007@6: "
                + MESSAGE
                + "\nFROM debian:latest\n#> DL3007@6: "
                + MESSAGE
                + "\nFROM debian:latest AS builder\nFROM debian:bookworm\nFROM debian\n")
        .doTest();
  }

  @Test
  void aDigestPinsIt() {
    LintTestHelper.forRule(DL3007.class)
        .source(
            """
            FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
            FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
            """)
        .expectNoFindings();
  }

  @Test
  void argDefaultsAreResolved() {
    LintTestHelper.forRule(DL3007.class)
        .source(
            "ARG TAG=latest\n#> DL3007@6: "
                + MESSAGE
                + " (image: alpine:latest)\nFROM alpine:${TAG}\n")
        .doTest();
  }
}
