package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {

  @Test
  void maintainerIsReported() {
    LintTestHelper.forRule(MaintainerDeprecated.class)
        .source(
            """
            FROM alpine
            #> MaintainerDeprecated@1: Maintainer instruction is deprecated in favor of using label
            MAINTAINER Jane Doe <jane@example.org>
            LABEL org.opencontainers.image.authors="Jane Doe <jane@example.org>"
            """)
        .doTest();
  }

  @Test
  void checkSkipCommentSilencesIt() {
    LintTestHelper.forRule(MaintainerDeprecated.class)
        .source("FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER jane@example.org\n")
        .expectNoFindings();
  }

  @Test
  void fixWritesTheAuthorsLabel() {
    assertThat(
            LintTestHelper.forRule(MaintainerDeprecated.class)
                .source("FROM alpine\nMAINTAINER Jane Doe <jane@example.org>\n")
                .fixed())
        .isEqualTo(
            "FROM alpine\nLABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.org>\"\n");
  }

  @Test
  void fixEscapesWhatALabelWouldInterpret() {
    assertThat(
            LintTestHelper.forRule(MaintainerDeprecated.class)
                .source("FROM alpine\nmaintainer \"Jane\" $HOME \\o/\n")
                .fixed())
        .isEqualTo(
            "FROM alpine\nlabel org.opencontainers.image.authors=\"\\\"Jane\\\" \\$HOME \\\\o/\"\n");
  }

  @Test
  void fixUsesTheFilesEscapeCharacter() {
    assertThat(
            LintTestHelper.forRule(MaintainerDeprecated.class)
                .source("# escape=`\nFROM alpine\nMAINTAINER \"J\" C:\\x\n")
                .fixed())
        .isEqualTo(
            "# escape=`\nFROM alpine\nLABEL org.opencontainers.image.authors=\"`\"J`\" C:\\x\"\n");
  }
}
