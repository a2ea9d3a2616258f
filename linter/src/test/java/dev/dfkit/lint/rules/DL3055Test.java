package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3055Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("githash", LabelType.HASH, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notAGitHash() {
    LintTestHelper.forRule(DL3055.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3055@15: Label `githash` is not a valid git hash.
            LABEL githash="not-git-hash"
            #> DL3055@15: Label `githash` is not a valid git hash.
            LABEL githash=2DBFAE9
            LABEL githash="2dbfae9"
            LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"
            """)
        .doTest();
  }

  @Test
  void buildArgumentsWithoutDefaultAreNotChecked() {
    LintTestHelper.forRule(DL3055.class)
        .config(SCHEMA)
        .source("FROM alpine:3.20\nARG GIT_COMMIT\nLABEL githash=$GIT_COMMIT\n")
        .expectNoFindings();
  }
}
