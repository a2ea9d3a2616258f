package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4000Test {

  @Test
  void maintainer() {
    LintTestHelper.forRule(DL4000.class)
        .source(
            """
            #> DL4000@1: MAINTAINER is deprecated
            MAINTAINER Lukas
            FROM busybox:1
            #> DL4000@1: MAINTAINER is deprecated
            maintainer hudu@mail.com
            LABEL org.opencontainers.image.authors="hudu@mail.com"
            """)
        .doTest();
  }

  @Test
  void fixMovesTheTextToTheAuthorsLabel() {
    assertThat(
            LintTestHelper.forRule(DL4000.class)
                .source(
                    """
                    FROM busybox:1
                    MAINTAINER Jane "JD" Doe <jane@example.com> $5
                    maintainer x
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM busybox:1
            LABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.com> \\$5"
            label org.opencontainers.image.authors="x"
            """);
  }

  @Test
  void fixUsesTheFilesEscapeCharacter() {
    assertThat(
            LintTestHelper.forRule(DL4000.class)
                .source("# escape=`\nFROM busybox:1\nMAINTAINER C:\\Users \"me\"\n")
                .fixed())
        .isEqualTo(
            "# escape=`\nFROM busybox:1\n"
                + "LABEL org.opencontainers.image.authors=\"C:\\Users `\"me`\"\"\n");
  }
}
