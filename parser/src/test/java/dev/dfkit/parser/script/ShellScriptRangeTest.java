package dev.dfkit.parser.script;

import static dev.dfkit.parser.script.Scripts.simple;
import static dev.dfkit.parser.script.Scripts.span;
import static dev.dfkit.parser.script.Scripts.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exact ranges (1-based line:column, end exclusive), in Dockerfile coordinates: every node of a
 * script points at the characters it came from, across line continuations.
 */
class ShellScriptRangeTest {

  private static Run run(Dockerfile df, int index) {
    return (Run) df.instructions().get(index);
  }

  private static Script script(Dockerfile df, int index) {
    ShellScriptResult result = ShellScripts.parse(run(df, index), df.lines()).orElseThrow();
    assertThat(result.diagnostics()).isEmpty();
    return result.script();
  }

  @Test
  void aWordOnTheThirdPhysicalLineOfARunMapsToThatLine() {
    String text =
        "FROM debian\n"
            + "RUN set -eux; \\\n"
            + "    apt-get update; \\\n"
            + "    apt-get install -y --no-install-recommends curl; \\\n"
            + "  # a comment line inside the continuation\n"
            + "    rm -rf /var/lib/apt/lists/*\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    Script s = script(df, 1);
    List<CommandSite> commands = s.simpleCommands();
    assertThat(commands)
        .extracting(c -> c.command().name().orElseThrow())
        .containsExactly("set", "apt-get", "apt-get", "rm");
    SimpleCommand install = commands.get(2).command();
    ShellWord curl = install.arguments().get(3);
    assertThat(curl.text()).isEqualTo("curl");
    // RUN is on line 2; its third physical line is line 4 of the file.
    assertThat(span(curl.range())).isEqualTo("4:48-4:52");
    assertThat(text(text, curl.range())).isEqualTo("curl");
    assertThat(span(install.range())).isEqualTo("4:5-4:52");
    ShellWord glob = commands.get(3).command().arguments().get(1);
    assertThat(span(glob.range())).isEqualTo("6:12-6:32");
    // The and-or list of 'apt-get update;' ends on line 3, its terminator included in the list.
    CommandList list = s.lists().get(0);
    assertThat(list.items()).hasSize(4);
    assertThat(span(list.items().get(1).range())).isEqualTo("3:5-3:19");
    assertThat(span(list.items().get(1).terminator().orElseThrow().range())).isEqualTo("3:19-3:20");
    assertThat(span(s.range())).isEqualTo("2:5-6:32");
  }

  @Test
  void aWordSplitByAContinuationSpansBothLines() {
    String text = "FROM a\nRUN echo abc\\\ndef && ls\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    SimpleCommand echo = script(df, 1).simpleCommands().get(0).command();
    ShellWord word = echo.arguments().get(0);
    assertThat(word.text()).isEqualTo("abcdef");
    assertThat(span(word.range())).isEqualTo("2:10-3:4");
  }

  @Test
  void rangesOfEveryLevelInOneLine() {
    String text = "A=1 cmd \"x $(id -u) y\" 2>&1 | tee log && ! b";
    Script s = Scripts.script(text);
    AndOrList andOr = s.lists().get(0).items().get(0);
    assertThat(span(andOr.range())).isEqualTo("1:1-1:45");
    assertThat(span(andOr.operators().get(0).range())).isEqualTo("1:39-1:41");
    Pipeline first = andOr.pipelines().get(0);
    assertThat(text(text, first.range())).isEqualTo("A=1 cmd \"x $(id -u) y\" 2>&1 | tee log");
    assertThat(text(text, first.operators().get(0).range())).isEqualTo("|");
    Pipeline negated = andOr.pipelines().get(1);
    assertThat(text(text, negated.range())).isEqualTo("! b");
    assertThat(text(text, negated.bang().orElseThrow())).isEqualTo("!");
    SimpleCommand cmd = (SimpleCommand) first.commands().get(0);
    assertThat(text(text, cmd.range())).isEqualTo("A=1 cmd \"x $(id -u) y\" 2>&1");
    Assignment a = cmd.assignments().get(0);
    assertThat(text(text, a.range())).isEqualTo("A=1");
    assertThat(text(text, a.value().range())).isEqualTo("1");
    Redirection r = cmd.redirections().get(0);
    assertThat(text(text, r.range())).isEqualTo("2>&1");
    assertThat(text(text, r.operatorRange())).isEqualTo("2>&");
    DoubleQuoted dq = (DoubleQuoted) cmd.arguments().get(0).parts().get(0);
    assertThat(dq.parts())
        .extracting(p -> text(text, p.range()))
        .containsExactly("x ", "$(id -u)", " y");
    CommandSubstitution sub = (CommandSubstitution) dq.parts().get(1);
    assertThat(text(text, sub.script().range())).isEqualTo("id -u");
    SimpleCommand id = sub.script().simpleCommands().get(0).command();
    assertThat(text(text, id.arguments().get(0).range())).isEqualTo("-u");
  }

  @Test
  void compoundCommandsAndTheirParts() {
    String text = "if a; then\n  b\nelif c; then d; else e; fi > log\n";
    IfClause i = (IfClause) Scripts.only(text);
    assertThat(text(text, i.range())).isEqualTo(text.strip());
    assertThat(text(text, i.branches().get(0).range())).isEqualTo("if a; then\n  b");
    assertThat(text(text, i.branches().get(1).range())).isEqualTo("elif c; then d;");
    assertThat(text(text, i.elseBody().get(0).range())).isEqualTo("e;");
    assertThat(text(text, i.redirections().get(0).range())).isEqualTo("> log");
    String caseText = "case $x in\n  a|b) y ;;\n  *) z\nesac";
    CaseClause c = (CaseClause) Scripts.only(caseText);
    assertThat(c.items())
        .extracting(item -> text(caseText, item.range()))
        .containsExactly("a|b) y ;;", "*) z");
    assertThat(text(caseText, c.items().get(0).terminator().orElseThrow().range())).isEqualTo(";;");
  }

  @Test
  void commentsAndTokensKeepTheirRanges() {
    String text = "a # one\n  # two\nb";
    Script s = Scripts.script(text);
    assertThat(s.comments()).extracting(c -> span(c.range())).containsExactly("1:3-1:8", "2:3-2:8");
    assertThat(s.tokens())
        .extracting(t -> text(text, t.range()))
        .containsExactly("a", "# one", "\n", "# two", "\n", "b");
    assertThat(s.tokens()).extracting(ShellToken::start).containsExactly(0, 2, 7, 10, 15, 16);
  }

  @Test
  void aBackquotedScriptPointsAtTheOriginalCharacters() {
    String text = "echo `basename \\`pwd\\` x`";
    SimpleCommand echo = simple(text);
    Backquote bq = (Backquote) echo.arguments().get(0).parts().get(0);
    SimpleCommand basename = bq.script().simpleCommands().get(0).command();
    assertThat(basename.arguments())
        .extracting(w -> text(text, w.range()))
        .containsExactly("`pwd\\`", "x");
    Backquote inner = (Backquote) basename.arguments().get(0).parts().get(0);
    assertThat(text(text, inner.script().simpleCommands().get(0).command().range()))
        .isEqualTo("pwd");
  }

  @Test
  void aHeredocScriptMapsToItsBodyLines() {
    String text = "FROM a\nRUN <<EOF\nset -e\n\tif true; then\n\t\techo \"$X\"\n\tfi\nEOF\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    Script s = script(df, 1);
    IfClause i = (IfClause) s.lists().get(1).items().get(0).pipelines().get(0).commands().get(0);
    assertThat(span(i.range())).isEqualTo("4:2-6:4");
    SimpleCommand echo = s.simpleCommands().get(2).command();
    assertThat(span(echo.arguments().get(0).range())).isEqualTo("5:8-5:12");
  }

  @Test
  void aRunLineGetsItsHeredocBodiesFromTheDockerfile() {
    String text = "FROM a\nRUN cat <<EOF > /x && cat <<-'B' >> /x\nline\nEOF\n\tb\n\tB\nRUN ls\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    Script s = script(df, 1);
    List<CommandSite> commands = s.simpleCommands();
    HereDocument first =
        commands.get(0).command().redirections().get(0).hereDocument().orElseThrow();
    assertThat(first.body()).isEqualTo("line\n");
    assertThat(span(first.bodyRange())).isEqualTo("3:1-4:1");
    assertThat(first.terminatorRange().map(Scripts::span)).hasValue("4:1-4:4");
    HereDocument second =
        commands.get(1).command().redirections().get(0).hereDocument().orElseThrow();
    assertThat(second.delimiter()).isEqualTo("B");
    assertThat(second.quoted()).isTrue();
    assertThat(second.stripTabs()).isTrue();
    assertThat(second.body()).isEqualTo("\tb\n");
    assertThat(second.terminatorRange().map(Scripts::span)).hasValue("6:1-6:3");
  }

  @Test
  void theShellFormAloneWarnsThatItsHeredocHasNoBody() {
    String text = "FROM a\nRUN cat <<EOF\nx\nEOF\n";
    Dockerfile df = DockerfileParser.parse(text).dockerfile();
    ShellScriptResult alone = ShellScripts.parse((ShellForm) run(df, 1).command());
    assertThat(alone.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isFalse();
              assertThat(d.code()).isEqualTo(ShellCodes.UNTERMINATED_HEREDOC);
              assertThat(span(d.range())).isEqualTo("2:11-2:14");
            });
  }
}
