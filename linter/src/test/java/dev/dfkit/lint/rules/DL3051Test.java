package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3051Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("emptylabel", LabelType.TEXT, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void emptyValue() {
    LintTestHelper.forRule(DL3051.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3051@18: label `emptylabel` is empty.
            #> DL3051@27: label `other` is empty.
            LABEL emptylabel="" other=""
            #> DL3051@7: label `emptylabel` is empty.
            LABEL emptylabel=
            LABEL emptylabel="foo" unrelated=""
            """)
        .doTest();
  }

  @Test
  void unknownValuesAreNotChecked() {
    LintTestHelper.forRule(DL3051.class)
        .config(SCHEMA)
        .source("FROM alpine:3.20\nARG V\nLABEL emptylabel=$V\n")
        .expectNoFindings();
  }
}
