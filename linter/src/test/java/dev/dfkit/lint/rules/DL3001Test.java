package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3001Test {

  @Test
  void interactiveCommandsAtTheirName() {
    LintTestHelper.forRule(DL3001.class)
        .source(
            """
            FROM debian:12
            #> DL3001@5: %1$s
            RUN top
            RUN apt-get install -y ssh && echo ps
            RUN echo start && \\
            #> DL3001@5: %1$s
                service nginx start
            #> DL3001@13: %1$s
            ONBUILD RUN vim /etc/hosts
            """
                .formatted(DL3001.MESSAGE))
        .doTest();
  }

  @Test
  void heredocScriptsAndSubstitutions() {
    LintTestHelper.forRule(DL3001.class)
        .source(
            """
            FROM debian:12
            RUN <<EOF
            set -e
            #> DL3001@1: %1$s
            nano /etc/motd
            #> DL3001@9: %1$s
            echo "$(free -m)"
            EOF
            """
                .formatted(DL3001.MESSAGE))
        .doTest();
  }
}
