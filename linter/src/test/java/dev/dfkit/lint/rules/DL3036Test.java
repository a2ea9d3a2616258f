package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3036Test {

  @Test
  void installWithoutCleanAfterIt() {
    LintTestHelper.forRule(DL3036.class)
        .source(
            """
            FROM opensuse/leap:15.6
            #> DL3036@5: %1$s
            RUN zypper install -y mariadb=10.4
            RUN zypper install -y mariadb=10.4 && zypper clean
            RUN zypper in -y mariadb=10.4 && zypper cc
            #> DL3036@21: %1$s
            RUN zypper clean && zypper install -y mariadb=10.4
            """
                .formatted(DL3036.MESSAGE))
        .doTest();
  }

  @Test
  void cacheMountsAndMultiLine() {
    LintTestHelper.forRule(DL3036.class)
        .source(
            """
            FROM opensuse/leap:15.6
            RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb
            RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb
            RUN zypper refresh && \\
            #> DL3036@5: %1$s
                zypper install -y git=2.43
            """
                .formatted(DL3036.MESSAGE))
        .doTest();
  }
}
