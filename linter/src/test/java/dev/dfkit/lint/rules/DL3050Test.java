package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3050Test {

  private static LintConfig schema(boolean strict) {
    return new LintConfig(
        Optional.empty(),
        Map.of(),
        Optional.of(LintSeverity.INFO),
        List.of(),
        Map.of("required", LabelType.TEXT),
        strict,
        false,
        true,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void labelsOutsideTheSchemaWhenStrict() {
    LintTestHelper.forRule(DL3050.class)
        .config(schema(true))
        .source(
            """
            FROM alpine:3.20
            #> DL3050@22: Superfluous label(s) present.
            LABEL required="foo" other="bar"
            """)
        .doTest();
  }

  @Test
  void notStrictNoFindings() {
    LintTestHelper.forRule(DL3050.class)
        .config(schema(false))
        .source("FROM alpine:3.20\nLABEL other=\"bar\"\n")
        .expectNoFindings();
  }
}
