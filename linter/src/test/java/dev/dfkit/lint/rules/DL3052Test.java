package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3052Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("urllabel", LabelType.URL, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notAUrl() {
    LintTestHelper.forRule(DL3052.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            ARG HOME_PAGE=https://example.com
            #> DL3052@16: Label `urllabel` is not a valid URL.
            LABEL urllabel="not-url" other="not-url"
            LABEL urllabel="http://example.com/a?b=c#d"
            LABEL urllabel=${HOME_PAGE}
            """)
        .doTest();
  }
}
