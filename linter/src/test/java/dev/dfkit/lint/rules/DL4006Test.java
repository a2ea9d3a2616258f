package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL4006Test {

  @Test
  void pipeWithoutPipefail() {
    LintTestHelper.forRule(DL4006.class)
        .source(
            """
            FROM scratch
            #> DL4006@33: %1$s
            RUN wget -O - https://some.site | wc -l > /number
            RUN wget -O - https://some.site && wc -l file > /number
            RUN set -eo pipefail && wget -O - https://some.site | wc -l
            RUN echo start && \\
            #> DL4006@26: %1$s
                curl -fsSL https://x | sh
            """
                .formatted(DL4006.MESSAGE))
        .doTest();
  }

  @Test
  void shellWithPipefail() {
    LintTestHelper.forRule(DL4006.class)
        .source(
            """
            FROM scratch AS build
            SHELL ["/usr/bin/bash", "-eo", "pipefail", "-c"]
            RUN wget -O - https://some.site | wc -l
            FROM build
            RUN wget -O - https://some.site | wc -l
            SHELL ["/bin/sh", "-o", "pipefail", "-c"]
            #> DL4006@33: %1$s
            RUN wget -O - https://some.site | wc -l
            """
                .formatted(DL4006.MESSAGE))
        .doTest();
  }

  @Test
  void newStagesAndNonPosixShells() {
    LintTestHelper.forRule(DL4006.class)
        .source(
            """
            FROM scratch AS build
            SHELL ["/bin/zsh", "-o", "errexit", "-o", "pipefail", "-c"]
            FROM mcr.microsoft.com/powershell:latest
            SHELL ["pwsh", "-c"]
            RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
            FROM scratch
            #> DL4006@15: %1$s
            RUN echo $(ls | head -1)
            """
                .formatted(DL4006.MESSAGE))
        .doTest();
  }

  @Test
  void heredocScript() {
    LintTestHelper.forRule(DL4006.class)
        .source(
            """
            FROM debian:12
            RUN <<EOF
            apt-get update
            #> DL4006@39: %1$s
            curl -fsSL https://deb.nodesource.com | bash -
            EOF
            ONBUILD RUN a | b
            """
                .formatted(DL4006.MESSAGE))
        .doTest();
  }
}
