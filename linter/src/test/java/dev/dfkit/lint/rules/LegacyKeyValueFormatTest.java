package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class LegacyKeyValueFormatTest {

  @Test
  void envAndLabelWithoutEquals() {
    LintTestHelper.forRule(LegacyKeyValueFormat.class)
        .source(
            """
            FROM alpine
            #> LegacyKeyValueFormat@5: "ENV key=value" should be used instead of legacy "ENV key value" format
            ENV APP_HOME /app
            #> LegacyKeyValueFormat@7: "label key=value" should be used instead of legacy "label key value" format
            label version 1.0
            ENV A=1 B=2
            """)
        .doTest();
  }

  @Test
  void triggersAreCheckedWhereTheyRun() {
    LintTestHelper.forRule(LegacyKeyValueFormat.class)
        .source(
            """
            FROM alpine AS base
            #> LegacyKeyValueFormat@13: "ENV key=value" should be used instead of legacy "ENV key value" format
            ONBUILD ENV MODE production
            FROM base
            FROM alpine AS unused
            ONBUILD ENV NEVER run
            """)
        .doTest();
  }

  @Test
  void fixAddsTheEqualsSign() {
    assertThat(
            LintTestHelper.forRule(LegacyKeyValueFormat.class)
                .source("FROM alpine\nENV APP_HOME /app\nLABEL title My App $VERSION\n")
                .fixed())
        .isEqualTo("FROM alpine\nENV APP_HOME=/app\nLABEL title=\"My App $VERSION\"\n");
  }

  @Test
  void noFixWhenQuotingWouldChangeTheValue() {
    String source =
        """
        FROM alpine
        ENV GREETING "hello world"
        ENV PATTERN a\\ b
        ENV DEPS \\
            curl \\
            git
        """;
    assertThat(LintTestHelper.forRule(LegacyKeyValueFormat.class).source(source).fixed())
        .isEqualTo(source);
  }
}
