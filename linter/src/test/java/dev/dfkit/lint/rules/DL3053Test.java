package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3053Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("datelabel", LabelType.RFC3339, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notRfc3339() {
    LintTestHelper.forRule(DL3053.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3053@17: Label `datelabel` is not a valid time format - must conform to RFC3339.
            LABEL datelabel="not-date"
            #> DL3053@17: Label `datelabel` is not a valid time format - must conform to RFC3339.
            LABEL datelabel="2021-03-10 10:26:33"
            #> DL3053@17: Label `datelabel` is not a valid time format - must conform to RFC3339.
            LABEL datelabel="2021-02-30T10:26:33Z"
            LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"
            LABEL datelabel=2021-03-10T10:26:33Z other=x
            """)
        .doTest();
  }
}
