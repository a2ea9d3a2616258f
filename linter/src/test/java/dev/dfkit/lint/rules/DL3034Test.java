package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3034Test {

  @Test
  void zypperWithoutNonInteractiveSwitch() {
    LintTestHelper.forRule(DL3034.class)
        .source(
            """
            FROM opensuse/leap:15.6
            #> DL3034@5: %1$s
            RUN zypper install httpd=2.4.24 && zypper clean
            RUN zypper install -n httpd=2.4.24 && zypper --non-interactive remove vim
            RUN zypper install -y httpd=2.4.24 && zypper rm --no-confirm vim
            RUN zypper refresh && \\
            #> DL3034@5: %1$s
                zypper patch
            """
                .formatted(DL3034.MESSAGE))
        .doTest();
  }

  @Test
  void fixUsesTheSwitchTheSubcommandTakes() {
    assertThat(
            LintTestHelper.forRule(DL3034.class)
                .source(
                    """
                    FROM opensuse/leap:15.6
                    RUN zypper in curl=8.0 && zypper remove vim
                    RUN zypper source-install bash
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM opensuse/leap:15.6
            RUN zypper in -y curl=8.0 && zypper remove -y vim
            RUN zypper --non-interactive source-install bash
            """);
  }
}
