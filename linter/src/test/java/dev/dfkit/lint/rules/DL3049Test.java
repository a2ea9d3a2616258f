package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3049Test {

  static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("foo", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void stagesWithoutTheLabel() {
    LintTestHelper.forRule(DL3049.class)
        .config(SCHEMA)
        .source(
            """
            #> DL3049@6: Label `foo` is missing.
            FROM stage1:1
            LABEL bar="baz"
            FROM stage2:1
            LABEL foo="bar"
            """)
        .doTest();
  }

  @Test
  void labelsAreInheritedAndCoverTheStagesBelow() {
    LintTestHelper.forRule(DL3049.class)
        .config(SCHEMA)
        .source(
            """
            FROM baseimage:1 AS base
            FROM base AS labelled
            LABEL foo="bar"
            FROM labelled
            #> DL3049@6: Label `foo` is missing.
            FROM base
            """)
        .doTest();
  }

  @Test
  void stagesUsedOnlyAsCopySourcesNeedNone() {
    LintTestHelper.forRule(DL3049.class)
        .config(SCHEMA)
        .source(
            """
            FROM baseimage:1 AS build
            FROM anotherimage:1
            LABEL foo="bar"
            COPY --from=build /bar /baz
            """)
        .expectNoFindings();
  }

  @Test
  void noSchemaNoFindings() {
    LintTestHelper.forRule(DL3049.class).source("FROM debian:12\n").expectNoFindings();
  }
}
