package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LabelType;
import dev.dfkit.lint.config.LintConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DL3054Test {

  private static final LintConfig SCHEMA =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of("spdxlabel", LabelType.SPDX, "other", LabelType.TEXT),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  @Test
  void notSpdx() {
    LintTestHelper.forRule(DL3054.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            #> DL3054@17: Label `spdxlabel` is not a valid SPDX identifier.
            LABEL spdxlabel="not-spdx"
            #> DL3054@17: Label `spdxlabel` is not a valid SPDX identifier.
            LABEL spdxlabel="MIT AND"
            #> DL3054@17: Label `spdxlabel` is not a valid SPDX identifier.
            LABEL spdxlabel="(MIT OR Apache-2.0"
            #> DL3054@17: Label `spdxlabel` is not a valid SPDX identifier.
            LABEL spdxlabel="GPL-2.0-only WITH MIT"
            """)
        .doTest();
  }

  @Test
  void idsAndExpressions() {
    LintTestHelper.forRule(DL3054.class)
        .config(SCHEMA)
        .source(
            """
            FROM alpine:3.20
            LABEL spdxlabel="BSD-3-Clause"
            LABEL spdxlabel=mit
            LABEL spdxlabel="Apache-2.0 OR MIT"
            LABEL spdxlabel="(MIT AND BSD-2-Clause) or GPL-2.0+"
            LABEL spdxlabel="GPL-2.0-or-later WITH Classpath-exception-2.0"
            LABEL spdxlabel="LicenseRef-acme-proprietary"
            """)
        .expectNoFindings();
  }
}
