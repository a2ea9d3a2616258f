package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Run;
import org.junit.jupiter.api.Test;

class DL3059Test {

  private static final String MESSAGE =
      "Multiple consecutive `RUN` instructions. Consider consolidation.";

  @Test
  void consecutiveSingleCommandRuns() {
    LintTestHelper.forRule(DL3059.class)
        .source(
            """
            FROM debian:12
            RUN /foo.sh
            # a comment

            #> DL3059@1: %s
            RUN /bar.sh
            WORKDIR /
            RUN /baz.sh
            """
                .formatted(MESSAGE))
        .doTest();
  }

  @Test
  void chainedCommandsWereSplitOnPurpose() {
    LintTestHelper.forRule(DL3059.class)
        .source(
            """
            FROM debian:12
            RUN foo && bar
            RUN foobar
            RUN foo; bar
            RUN foo
            #> DL3059@1: %s
            RUN bar
            """
                .formatted(MESSAGE))
        .doTest();
  }

  @Test
  void differentFlagsSeparateRuns() {
    LintTestHelper.forRule(DL3059.class)
        .source(
            """
            FROM debian:12
            RUN --mount=type=secret,id=foo /foo.sh
            RUN --mount=type=secret,id=bar /bar.sh
            RUN /baz.sh
            RUN --mount=id=baz,type=secret /foo.sh
            #> DL3059@1: %s
            RUN --mount=type=secret,id=baz /bar.sh
            """
                .formatted(MESSAGE))
        .doTest();
  }

  @Test
  void countsCommandsLikeAShellParser() {
    assertThat(commands("RUN apt-get update")).isEqualTo(1);
    assertThat(commands("RUN FOO=1 BAR=2 make -j4 > build.log 2>&1")).isEqualTo(1);
    assertThat(commands("RUN curl -s https://x | sh")).isEqualTo(2);
    assertThat(commands("RUN echo \"$(date)\" 'a && b' # c; d")).isEqualTo(2);
    assertThat(commands("RUN if [ -f x ]; then rm x; fi")).isEqualTo(2);
    assertThat(commands("RUN for f in a b c; do echo $f; done")).isEqualTo(1);
    assertThat(commands("RUN A=1")).isEqualTo(0);
    assertThat(commands("RUN [\"/bin/true\"]")).isEqualTo(1);
    assertThat(commands("RUN <<EOF\napt-get update\napt-get install -y curl\nEOF")).isEqualTo(2);
  }

  private static int commands(String run) {
    Dockerfile file =
        DockerfileParser.parse("FROM scratch\n" + run + "\n", "Dockerfile").dockerfile();
    return DL3059.commands(RunScripts.of(file).of((Run) file.instructions().get(1)));
  }
}
