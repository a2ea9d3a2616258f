package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3037Test {

  @Test
  void unpinnedPackagesAtTheirWord() {
    LintTestHelper.forRule(DL3037.class)
        .source(
            """
            FROM opensuse/leap:15.6
            #> DL3037@23: %1$s
            RUN zypper install -y tomcat && zypper clean
            RUN zypper install -y tomcat=9.0.39 tomcat\\>=9.0 "tomcat<9.0" tomcat-9.0.39-1.rpm
            RUN zypper in -y -r repo-oss --from updates -t package vim=9.1
            """
                .formatted(DL3037.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineAndOnbuild() {
    LintTestHelper.forRule(DL3037.class)
        .source(
            """
            FROM opensuse/leap:15.6
            RUN zypper in -y \\
                  git=2.43 \\
            #> DL3037@7: %1$s
                  curl
            #> DL3037@26: %1$s
            ONBUILD RUN zypper in -y jq
            """
                .formatted(DL3037.MESSAGE))
        .doTest();
  }
}
