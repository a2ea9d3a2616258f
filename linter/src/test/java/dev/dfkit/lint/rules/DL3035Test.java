package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3035Test {

  @Test
  void distUpgradeAtZypper() {
    LintTestHelper.forRule(DL3035.class)
        .source(
            """
            FROM opensuse/leap:15.6
            #> DL3035@5: %1$s
            RUN zypper dist-upgrade
            RUN zypper update -y && \\
            #> DL3035@5: %1$s
                zypper -n dup
            #> DL3035@13: %1$s
            ONBUILD RUN zypper dup
            """
                .formatted(DL3035.MESSAGE))
        .doTest();
  }

  @Test
  void otherSubcommandsAreFine() {
    LintTestHelper.forRule(DL3035.class)
        .source(
            """
            FROM opensuse/leap:15.6
            RUN zypper update -y && zypper install -y dup-finder=1.0
            """)
        .expectNoFindings();
  }
}
