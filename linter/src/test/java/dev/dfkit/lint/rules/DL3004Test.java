package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3004Test {

  @Test
  void sudoAtItsName() {
    LintTestHelper.forRule(DL3004.class)
        .source(
            """
            FROM debian:12
            #> DL3004@5: %1$s
            RUN sudo apt-get update
            RUN apt-get install -y sudo
            RUN apt-get update \\
            #> DL3004@8: %1$s
                && sudo apt-get install -y curl
            #> DL3004@13: %1$s
            ONBUILD RUN sudo make install
            """
                .formatted(DL3004.MESSAGE))
        .doTest();
  }

  @Test
  void heredocScript() {
    LintTestHelper.forRule(DL3004.class)
        .source(
            """
            FROM debian:12
            RUN <<EOF
            apt-get update
            #> DL3004@1: %1$s
            sudo -u app make
            EOF
            """
                .formatted(DL3004.MESSAGE))
        .doTest();
  }
}
