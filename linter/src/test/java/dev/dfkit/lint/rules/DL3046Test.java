package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3046Test {

  @Test
  void highUidWithoutNoLogInit() {
    LintTestHelper.forRule(DL3046.class)
        .source(
            """
            FROM debian:12
            RUN useradd luser && useradd -u 12345 luser2
            RUN useradd -l -u 123456 luser3 && useradd --no-log-init --uid=123456 luser4
            #> DL3046@5: %1$s
            RUN useradd -u 123456 luser5
            RUN groupadd -g 1000000 app && \\
            #> DL3046@5: %1$s
                useradd --uid=1000000 -g app app
            """
                .formatted(DL3046.MESSAGE))
        .doTest();
  }

  @Test
  void uidFromVariables() {
    LintTestHelper.forRule(DL3046.class)
        .source(
            """
            FROM debian:12
            ARG APP_UID=1000000
            ARG OTHER_UID
            #> DL3046@5: %1$s
            RUN useradd -u "${APP_UID}" app && useradd -u $OTHER_UID other
            #> DL3046@13: %1$s
            ONBUILD RUN useradd -u 999999 child
            """
                .formatted(DL3046.MESSAGE))
        .doTest();
  }
}
