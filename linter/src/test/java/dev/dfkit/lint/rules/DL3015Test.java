package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3015Test {

  @Test
  void installWithoutNoInstallRecommends() {
    LintTestHelper.forRule(DL3015.class)
        .source(
            """
            FROM debian:12
            #> DL3015@5: %1$s
            RUN apt-get install python
            #> DL3015@5: %1$s
            RUN apt-get -y install python
            RUN apt-get install --no-install-recommends python
            RUN apt-get -o APT::Install-Recommends=false install python
            """
                .formatted(DL3015.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineAndHeredoc() {
    LintTestHelper.forRule(DL3015.class)
        .source(
            """
            FROM debian:12
            RUN apt-get update \\
            #> DL3015@5: %1$s
             && apt-get install -y curl
            RUN <<EOF
            #> DL3015@19: %1$s
            apt-get update && apt-get install -y git
            EOF
            """
                .formatted(DL3015.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsTheSwitchAfterInstall() {
    assertThat(
            LintTestHelper.forRule(DL3015.class)
                .source(
                    """
                    FROM debian:12
                    RUN apt-get update \\
                     && apt-get -y install curl
                    RUN <<EOF
                    apt-get install -y git
                    EOF
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM debian:12
            RUN apt-get update \\
             && apt-get -y install --no-install-recommends curl
            RUN <<EOF
            apt-get install --no-install-recommends -y git
            EOF
            """);
  }
}
