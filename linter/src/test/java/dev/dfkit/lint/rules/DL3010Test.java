package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3010Test {

  @Test
  void copiedArchiveExtractedLater() {
    LintTestHelper.forRule(DL3010.class)
        .source(
            """
            FROM debian:12
            #> DL3010@6: %1$s
            COPY packaged-app.tar /usr/src/app/
            COPY package.json /usr/src/app/
            WORKDIR /usr/src/app
            RUN npm ci && \\
                tar -xf packaged-app.tar
            """
                .formatted(DL3010.MESSAGE))
        .doTest();
  }

  @Test
  void archiveDestinationAndOldTarForm() {
    LintTestHelper.forRule(DL3010.class)
        .source(
            """
            FROM debian:12
            #> DL3010@31: %1$s
            COPY foo/bar/packaged-app.tar /foo.tar
            RUN tar xf /foo.tar
            FROM debian:12
            COPY --from=0 /foo.tar /foo.tar
            COPY app.tar.gz /opt/
            RUN tar -xzf /foo.tar && gunzip -k data.gz
            """
                .formatted(DL3010.MESSAGE))
        .doTest();
  }

  @Test
  void windowsPathsAndDecompressors() {
    LintTestHelper.forRule(DL3010.class)
        .source(
            """
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            #> DL3010@6: %1$s
            COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"
            #> DL3010@6: %1$s
            COPY data.xz /data/
            RUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"
            RUN unxz /data/data.xz
            """
                .formatted(DL3010.MESSAGE))
        .doTest();
  }
}
