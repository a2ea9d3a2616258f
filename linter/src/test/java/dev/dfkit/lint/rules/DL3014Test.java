package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3014Test {

  @Test
  void installWithoutYes() {
    LintTestHelper.forRule(DL3014.class)
        .source(
            """
            FROM debian:12
            #> DL3014@5: %1$s
            RUN apt-get install python
            #> DL3014@5: %1$s
            #> DL3014@34: %1$s
            RUN apt-get install -q python && apt-get install --quiet curl
            RUN apt-get install -yq a && apt-get -y install b && apt-get --yes install c
            RUN apt-get --assume-yes install d && apt-get install -qq e && apt-get install -q -q f
            RUN apt-get install -q=2 g && apt-get update
            """
                .formatted(DL3014.MESSAGE))
        .doTest();
  }

  @Test
  void multiLineHeredocAndExecForm() {
    LintTestHelper.forRule(DL3014.class)
        .source(
            """
            FROM debian:12
            RUN apt-get update && \\
            #> DL3014@5: %1$s
                apt-get install curl
            RUN <<EOF
            #> DL3014@1: %1$s
            apt-get install git
            EOF
            #> DL3014@7: %1$s
            RUN ["apt-get", "install", "jq"]
            """
                .formatted(DL3014.MESSAGE))
        .doTest();
  }

  @Test
  void fixInsertsYesAfterInstall() {
    assertThat(
            LintTestHelper.forRule(DL3014.class)
                .source(
                    """
                    FROM debian:12
                    RUN apt-get update && \\
                        apt-get --no-install-recommends install curl
                    ONBUILD RUN apt-get install git
                    RUN ["apt-get", "install", "jq"]
                    """)
                .fixed())
        .isEqualTo(
            """
            FROM debian:12
            RUN apt-get update && \\
                apt-get --no-install-recommends install -y curl
            ONBUILD RUN apt-get install -y git
            RUN ["apt-get", "install", "jq"]
            """);
  }
}
