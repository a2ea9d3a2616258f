package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3008Test {

  @Test
  void eachUnpinnedPackageAtItsWord() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
            #> DL3008@39: %1$s
            RUN apt-get update && apt-get install python
            RUN apt-get update && apt-get install --no-install-recommends -y \\
                  python-demjson=2.2.2* \\
            #> DL3008@7: %1$s
                  wget \\
                  git=1:2.5.0*
            #> DL3008@44: %1$s
            ONBUILD RUN apt-get install -y nodejs=0.10 curl
            """
                .formatted(DL3008.MESSAGE))
        .doTest();
  }

  @Test
  void pathsReleasesAndTargetReleaseValuesArePinned() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
            RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb
            RUN apt-get install -y -t bookworm-backports openjdk-17-jdk=17.0.1
            RUN apt-get -yqq --no-install-recommends install nodejs/bookworm
            RUN apt-get install -y -o Dpkg::Options::=--force-confnew -- curl=7.88
            """)
        .expectNoFindings();
  }

  @Test
  void variablesAreResolvedWhereTheFileGivesThem() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
            ARG CURL=curl=7.88.1-10
            ENV TOOLS="git jq=1.6"
            ARG FROM_BUILD
            #> DL3008@44: %1$s (package: git)
            RUN apt-get install -y "$CURL" $FROM_BUILD $TOOLS $(cat pkgs.txt)
            """
                .formatted(DL3008.MESSAGE))
        .doTest();
  }

  @Test
  void heredocScript() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
            RUN <<EOF
            apt-get update
            #> DL3008@20: %1$s
            apt-get install -y vim
            EOF
            """
                .formatted(DL3008.MESSAGE))
        .doTest();
  }

  @Test
  void ignorePragmaCoversEveryLineOfTheRun() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
            # hadolint ignore=DL3008
            RUN apt-get update && \\
                apt-get install -y \\
                  curl
            """)
        .expectNoFindings();
  }

  @Test
  void aPragmaAboveAnIndentedInstructionApplies() {
    LintTestHelper.forRule(DL3008.class)
        .source(
            """
            FROM debian:12
              # dflint ignore=DL3008
              RUN apt-get install -y curl
            """)
        .expectNoFindings();
  }
}
