package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact source ranges (shown 1-based as line:column-line:column, end exclusive). */
class ParserRangeTest {

  private static String span(SourceRange r) {
    return (r.start().line() + 1)
        + ":"
        + (r.start().column() + 1)
        + "-"
        + (r.end().line() + 1)
        + ":"
        + (r.end().column() + 1);
  }

  @Test
  void multiLineRunMapsEveryPartBackToItsLine() {
    String text = "FROM a\nRUN --network=none \\\n    apt-get update \\\n # c\n\n  && make\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    Run run = (Run) df.instructions().get(1);
    assertThat(span(run.range())).isEqualTo("2:1-6:10");
    assertThat(span(run.keyword().range())).isEqualTo("2:1-2:4");
    Flag network = run.flags().get(0);
    assertThat(span(network.range())).isEqualTo("2:5-2:19");
    assertThat(span(network.nameRange())).isEqualTo("2:5-2:14");
    assertThat(span(network.valueRange())).isEqualTo("2:15-2:19");
    ShellForm script = (ShellForm) run.command();
    assertThat(script.text()).isEqualTo("apt-get update   && make");
    int make = script.text().indexOf("make");
    assertThat(span(script.script().range(make, make + 4))).isEqualTo("6:6-6:10");
    assertThat(span(script.range())).isEqualTo("3:5-6:10");
    assertThat(run.syntax().innerComments())
        .singleElement()
        .satisfies(c -> assertThat(span(c.range())).isEqualTo("4:2-4:5"));
    assertThat(run.syntax().emptyContinuationLines())
        .singleElement()
        .satisfies(r -> assertThat(span(r)).isEqualTo("5:1-5:1"));
    assertThat(run.syntax().continuations())
        .extracting(ParserRangeTest::span)
        .containsExactly("2:20-2:21", "3:20-3:21");
  }

  @Test
  void childrenEndingTheFileStayInsideTheInstruction() {
    Dockerfile df = DockerfileParser.parse("FROM a\nRUN a \\\n").dockerfile();
    Run run = (Run) df.instructions().get(1);
    assertThat(span(run.range())).isEqualTo("2:1-2:8");
    assertThat(run.syntax().continuations())
        .extracting(ParserRangeTest::span)
        .containsExactly("2:7-2:8");
    Dockerfile open = DockerfileParser.parse("FROM a\nRUN <<EOF\nbody\n").dockerfile();
    Run heredoc = (Run) open.instructions().get(1);
    assertThat(heredoc.range().contains(heredoc.syntax().heredocs().get(0).bodyRange())).isTrue();
    assertThat(heredoc.range().contains(heredoc.syntax().heredocs().get(0).terminatorRange()))
        .isTrue();
  }

  @Test
  void emptyValueRangeStaysOnItsLineBeforeAContinuation() {
    Dockerfile df = DockerfileParser.parse("FROM a\nCOPY --link\\\n a b\n").dockerfile();
    Flag link = df.instructions().get(1).flags().get(0);
    assertThat(span(link.range())).isEqualTo("2:6-2:12");
    assertThat(span(link.valueRange())).isEqualTo("2:12-2:12");
  }

  @Test
  void aLineOfOnlyTheEscapeCharacterStartsTheNextInstruction() {
    Dockerfile df = DockerfileParser.parse("FROM a\n\\\nRUN x\n").dockerfile();
    Run run = (Run) df.instructions().get(1);
    assertThat(span(run.range())).isEqualTo("2:1-3:6");
    assertThat(span(run.keyword().range())).isEqualTo("3:1-3:4");
    assertThat(run.syntax().continuations())
        .extracting(ParserRangeTest::span)
        .containsExactly("2:1-2:2");
  }

  @Test
  void wordSplitByAContinuationCoversBothLines() {
    Dockerfile df = DockerfileParser.parse("FROM a\nCOPY sr\\\nc /dst\n").dockerfile();
    Copy copy = (Copy) df.instructions().get(1);
    assertThat(copy.sources().get(0).value()).isEqualTo("src");
    assertThat(span(copy.sources().get(0).range())).isEqualTo("2:6-3:2");
  }

  @Test
  void heredocRanges() {
    String text = "FROM a\nRUN <<-EOF cat >/x\n\tline one\n\tline two\n\tEOF\nRUN next\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    Run run = (Run) df.instructions().get(1);
    Heredoc h = run.syntax().heredocs().get(0);
    assertThat(span(h.wordRange())).isEqualTo("2:5-2:11");
    assertThat(span(h.bodyRange())).isEqualTo("3:1-5:1");
    assertThat(span(h.terminatorRange())).isEqualTo("5:1-5:5");
    assertThat(h.effectiveContent()).isEqualTo("line one\nline two\n");
    assertThat(span(run.range())).isEqualTo("2:1-5:5");
    assertThat(span(df.instructions().get(2).range())).isEqualTo("6:1-6:9");
  }

  @Test
  void heredocTerminatorLines() {
    // What ends a body: the delimiter, then only \r before the line end or the end of the input;
    // with <<- tabs before it too. The lexer retypes that line when it emits it.
    assertThat(body("RUN <<EOF\nx\nEOF\r\r\nRUN y\n")).isEqualTo("x\n");
    assertThat(body("RUN <<EOF\nx\nEOF")).isEqualTo("x\n");
    assertThat(body("RUN <<EOF\nx\nEOF\r")).isEqualTo("x\n");
    assertThat(body("RUN <<EOF\nEOFX\nEO\n EOF\n\tEOF\nEOF\n"))
        .isEqualTo("EOFX\nEO\n EOF\n\tEOF\n");
    assertThat(body("RUN <<-EOF\n\tx\n\t\tEOF\nRUN y\n")).isEqualTo("\tx\n");
    assertThat(body("RUN <<EOF\n\nEOF\n")).isEqualTo("\n");
    Dockerfile open = DockerfileParser.parse("FROM a\nRUN <<EOF\nx\nEOF y\n").dockerfile();
    assertThat(((Run) open.instructions().get(1)).syntax().heredocs().get(0).content())
        .isEqualTo("x\nEOF y\n");
    Dockerfile two =
        DockerfileParser.parse("FROM a\nRUN <<A <<B\na\nA\nb\nB\nRUN c\n").dockerfile();
    List<Heredoc> heredocs = ((Run) two.instructions().get(1)).syntax().heredocs();
    assertThat(heredocs).extracting(Heredoc::content).containsExactly("a\n", "b\n");
    assertThat(two.instructions()).hasSize(3);
  }

  /** The body of the first heredoc of the RUN after {@code FROM a}; the RUN must be terminated. */
  private static String body(String run) {
    Dockerfile df = DockerfileParser.parse("FROM a\n" + run).dockerfile();
    Heredoc h = ((Run) df.instructions().get(1)).syntax().heredocs().get(0);
    assertThat(h.terminatorRange().length()).isPositive();
    return h.content();
  }

  @Test
  void offsetsCountUtf16UnitsAfterSupplementaryCharacters() {
    String text = "FROM a\nLABEL emoji=\"\uD83D\uDC33\" x=y\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    var label = (dev.dfkit.parser.ast.Label) df.instructions().get(1);
    SourceRange x = label.pairs().get(1).key().range();
    assertThat(text.substring(x.startOffset(), x.endOffset())).isEqualTo("x");
    assertThat(x.start().column()).isEqualTo(text.indexOf("x=y") - text.indexOf("LABEL"));
  }

  @Test
  void onbuildTriggerRangeStartsAtItsKeyword() {
    Dockerfile df = DockerfileParser.parse("FROM a\nONBUILD  COPY x /y\n").dockerfile();
    Onbuild onbuild = (Onbuild) df.instructions().get(1);
    assertThat(span(onbuild.range())).isEqualTo("2:1-2:19");
    assertThat(span(onbuild.trigger().orElseThrow().range())).isEqualTo("2:10-2:19");
    assertThat(span(onbuild.trigger().orElseThrow().keyword().range())).isEqualTo("2:10-2:14");
  }

  @Test
  void quotedFlagValueRangeIsInsideTheQuotes() {
    Dockerfile df = DockerfileParser.parse("FROM a\nCOPY --chown=\"app user\" x /y\n").dockerfile();
    Flag chown = df.instructions().get(1).flags().get(0);
    assertThat(chown.value()).isEqualTo("app user");
    assertThat(span(chown.valueRange())).isEqualTo("2:15-2:23");
    assertThat(span(chown.range())).isEqualTo("2:6-2:24");
  }
}
