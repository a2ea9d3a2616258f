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

  @Test
  void aSimulationInstallsNothing() {
    // docker-library's postgres: asks apt-get whether the package exists before installing it
    LintTestHelper.forRule(DL3008.class, DL3014.class, DL3015.class)
        .source(
            """
            FROM debian:bookworm
            RUN if apt-get install -s "postgresql-$PG_MAJOR-jit" > /dev/null 2>&1; then \\
                  apt-get install --simulate curl; apt-get -sqq install wget; \\
                fi
            #> DL3008@34: Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`
            #> DL3014@5: Use the `-y` switch to avoid manual input `apt-get -y install <package>`
            #> DL3015@5: Avoid additional packages by specifying `--no-install-recommends`
            RUN apt-get install --print-uris curl
            """)
        .doTest();
  }
}
