package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3056Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("semver", LabelType.SEMVER, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notSemver() {
    LintTestHelper.forRule(DL3056.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3056@14: Label `semver` does not conform to semantic versioning.
            LABEL semver="not-sem-ver"
            #> DL3056@14: Label `semver` does not conform to semantic versioning.
            LABEL semver=v1.0.0
            #> DL3056@14: Label `semver` does not conform to semantic versioning.
            LABEL semver=1.02.0
            LABEL semver="1.0.0"
            LABEL semver="2.0.1-rc1"
            LABEL semver=1.0.0-alpha.1+build.5
            """)
        .doTest();
  }
}
