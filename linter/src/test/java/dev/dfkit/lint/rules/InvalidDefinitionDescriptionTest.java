package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.Linter;
import org.junit.jupiter.api.Test;

class InvalidDefinitionDescriptionTest {

  @Test
  void commentMustStartWithTheName() {
    LintTestHelper.forRule(InvalidDefinitionDescription.class)
        .source(
            """
            # check=experimental=InvalidDefinitionDescription
            # the Go version to build with
            #> InvalidDefinitionDescription@5: Comment for ARG should follow the format: `# GO_VERSION <description>`
            ARG GO_VERSION=1.22
            # Build compiles the app
            #> InvalidDefinitionDescription@16: Comment for FROM should follow the format: `# build <description>`
            FROM golang AS Build
            # builds the app
            #> InvalidDefinitionDescription@5: Comment for ARG should follow the format: `# <arg_key> <description>`
            ARG A B
            """)
        .doTest();
  }

  @Test
  void goodDescriptionsAndSeparatedComments() {
    LintTestHelper.forRule(InvalidDefinitionDescription.class)
        .source(
            """
            # check=experimental=InvalidDefinitionDescription
            # GO_VERSION is the Go version to build with
            ARG GO_VERSION=1.22
            # build compiles the app
            FROM golang AS build
            # some note
            #
            ARG OTHER
            # no description for unnamed stages
            FROM alpine
            """)
        .expectNoFindings();
  }

  @Test
  void offUnlessEnabledAsExperimental() {
    String source = "# something else\nARG VERSION=1\nFROM alpine\n";
    assertThat(
            Linter.standard().lint(source, "Dockerfile", LintOptions.DEFAULT).findings().stream()
                .filter(f -> f.rule().equals("InvalidDefinitionDescription")))
        .isEmpty();
    assertThat(
            Linter.standard()
                .lint("# check=experimental=all\n" + source, "Dockerfile", LintOptions.DEFAULT)
                .findings()
                .stream()
                .filter(f -> f.rule().equals("InvalidDefinitionDescription")))
        .hasSize(1);
  }
}
