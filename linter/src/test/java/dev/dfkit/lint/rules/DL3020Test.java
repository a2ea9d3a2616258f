package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import org.junit.jupiter.api.Test;

class DL3020Test {

  @Test
  void addOfLocalFiles() {
    LintTestHelper.forRule(DL3020.class)
        .source(
            """
            FROM alpine:3.20
            #> DL3020@1: Use COPY instead of ADD for files and folders
            ADD file /usr/src/app/
            #> DL3020@1: Use COPY instead of ADD for files and folders
            ADD "file.zip" /usr/src/app/
            #> DL3020@1: Use COPY instead of ADD for files and folders
            ADD app.tgz config.yaml /usr/src/app/
            """)
        .doTest();
  }

  @Test
  void archivesAndRemoteSourcesNeedAdd() {
    LintTestHelper.forRule(DL3020.class)
        .source(
            """
            FROM alpine:3.20
            ADD file.tar file.gz "file.tgz" file.tar.zst /usr/src/app/
            ADD https://example.com/x.txt /x.txt
            ADD git@github.com:moby/buildkit.git /src
            ADD ${SOURCE} /src
            """)
        .expectNoFindings();
  }

  @Test
  void fixTurnsPlainAddIntoCopy() {
    assertThat(
            LintTestHelper.forRule(DL3020.class)
                .source("FROM alpine:3.20\nADD --chown=1:1 a b /dst/\nadd c /d\n")
                .fixed())
        .isEqualTo("FROM alpine:3.20\nCOPY --chown=1:1 a b /dst/\ncopy c /d\n");
  }

  @Test
  void noFixWhenCopyWouldDoSomethingElse() {
    String source =
        """
        FROM alpine:3.20
        ADD app.tgz config.yaml /usr/src/app/
        ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d file /x
        ADD <<EOF /etc/motd
        hello
        EOF
        """;
    assertThat(LintTestHelper.forRule(DL3020.class).source(source).fixed()).isEqualTo(source);
  }
}
