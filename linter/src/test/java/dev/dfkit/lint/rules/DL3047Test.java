package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3047Test {

  @Test
  void wgetWithoutProgressOption() {
    LintTestHelper.forRule(DL3047.class)
        .source(
            """
            FROM debian:12
            #> DL3047@5: %1$s
            RUN wget my.xyz
            RUN wget --progress=dot:giga my.xyz && wget -q my.xyz && wget --quiet my.xyz
            RUN wget -nv my.xyz && wget --no-verbose my.xyz && wget -o /tmp/log my.xyz
            RUN wget --output-file=/tmp/log my.xyz && wget -a /tmp/log my.xyz
            RUN cd /tmp && \\
            #> DL3047@5: %1$s
                wget -O- my.xyz | sh
            """
                .formatted(DL3047.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsProgressAfterWget() {
    assertThat(
            LintTestHelper.forRule(DL3047.class)
                .source(
                    """
                    FROM debian:12
                    RUN wget https://example.com/a.tgz && \\
                        wget -O b.tgz https://example.com/b.tgz
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM debian:12
            RUN wget --progress=dot:giga https://example.com/a.tgz && \\
                wget --progress=dot:giga -O b.tgz https://example.com/b.tgz
            """);
  }

  @Test
  void noFixWhereWgetIsLikelyBusyBox() {
    String source =
        """
        FROM alpine:3.20 AS base
        FROM base
        RUN wget https://example.com/a.tgz
        FROM debian:12
        RUN busybox wget https://example.com/b.tgz
        """;
    assertThat(LintTestHelper.forRule(DL3047.class).source(source).findings()).hasSize(2);
    assertThat(LintTestHelper.forRule(DL3047.class).source(source).fixed()).isEqualTo(source);
  }
}
