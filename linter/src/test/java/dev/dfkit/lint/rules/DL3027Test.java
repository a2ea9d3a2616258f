package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3027Test {

  @Test
  void aptAtItsName() {
    LintTestHelper.forRule(DL3027.class)
        .source(
            """
            FROM ubuntu:24.04
            #> DL3027@5: %1$s
            RUN apt install python3
            RUN apt-get install -y python3 && apt-cache policy python3
            RUN apt-get update && \\
            #> DL3027@5: %1$s
                apt full-upgrade -y
            #> DL3027@13: %1$s
            ONBUILD RUN apt update
            """
                .formatted(DL3027.MESSAGE))
        .doTest();
  }

  @Test
  void heredocScript() {
    LintTestHelper.forRule(DL3027.class)
        .source(
            """
            FROM ubuntu:24.04
            RUN <<EOF
            #> DL3027@1: %1$s
            apt install -y jq
            EOF
            """
                .formatted(DL3027.MESSAGE))
        .doTest();
  }
}
