package dev.dfkit.parser.script;

import static dev.dfkit.parser.script.Scripts.parse;
import static dev.dfkit.parser.script.Scripts.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken scripts: what is reported, where, and what tree is still built. */
class ShellScriptDiagnosticsTest {

  static Stream<Arguments> problems() {
    return Stream.of(
        arguments("if true; then echo a", "1:21-1:21", "unexpected end of script (expected 'fi')"),
        arguments("while x; do y", "1:14-1:14", "unexpected end of script (expected 'done')"),
        arguments("case a in x) y", "1:15-1:15", "unexpected end of script (expected 'esac')"),
        arguments("{ echo a }", "1:11-1:11", "unexpected end of script (expected '}')"),
        arguments("(a; b", "1:6-1:6", "unexpected end of script (expected ')')"),
        arguments("[[ -f x && y", "1:13-1:13", "unexpected end of script (expected ']]')"),
        arguments("if a\necho", "2:5-2:5", "unexpected end of script (expected 'then')"),
        arguments("echo a ) b", "1:8-1:9", "unexpected ')'"),
        arguments("a && || b", "1:6-1:8", "unexpected '||'"),
        arguments("fi", "1:1-1:3", "unexpected 'fi'"),
        arguments("echo 'abc", "1:6-1:10", "unterminated single quote: add the closing '"),
        arguments("echo \"abc", "1:6-1:10", "unterminated double quote: add the closing \""),
        arguments("echo $(ls", "1:6-1:10", "unterminated $(: add the closing )"),
        arguments("echo ${x", "1:6-1:9", "unterminated ${: add the closing }"),
        arguments("echo `ls", "1:6-1:9", "unterminated backquote: add the closing `"),
        arguments("echo $'a", "1:6-1:9", "unterminated $'...' string: add the closing '"),
        arguments("echo $((1", "1:6-1:10", "unterminated $((: add the closing ))"),
        arguments("a=(1 2", "1:3-1:7", "unterminated array: add the closing )"));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void reportsWhatIsWrongAndWhere(String script, String range, String message) {
    ShellScriptResult result = parse(script);
    assertThat(result.diagnostics()).isNotEmpty();
    Diagnostic first = result.diagnostics().get(0);
    assertThat(first.isError()).isTrue();
    assertThat(first.message()).isEqualTo(message);
    assertThat(span(first.range())).isEqualTo(range);
    assertThat(result.script().range().length()).isEqualTo(script.length());
  }

  @Test
  void anUnterminatedQuoteStillGivesATreeCoveringAllTheText() {
    String text = "apt-get install -y \"curl && rm -rf /x";
    ShellScriptResult result = parse(text);
    assertThat(result.errors())
        .extracting(Diagnostic::code)
        .containsExactly(ShellCodes.UNTERMINATED);
    SimpleCommand c = result.script().simpleCommands().get(0).command();
    assertThat(c.name()).hasValue("apt-get");
    assertThat(c.arguments())
        .extracting(ShellWord::text)
        .containsExactly("install", "-y", "\"curl && rm -rf /x");
    assertThat(result.script().tokens().get(result.script().tokens().size() - 1).end())
        .isEqualTo(text.length());
  }

  @Test
  void anUnterminatedSubstitutionKeepsTheCommandsInside() {
    ShellScriptResult result = parse("x=\"$(dpkg --print-architecture | cut -d- -f1");
    assertThat(result.errors())
        .extracting(Diagnostic::message)
        .containsExactly(
            "unterminated double quote: add the closing \"", "unterminated $(: add the closing )");
    assertThat(result.script().simpleCommands())
        .extracting(site -> site.command().name().orElse("-"))
        .containsExactly("-", "dpkg", "cut");
  }

  @Test
  void recoveryKeepsTheCommandsAroundASyntaxError() {
    ShellScriptResult result = parse("apt-get update\nfi\napt-get install -y curl\n");
    assertThat(result.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("unexpected 'fi'"));
    assertThat(result.script().simpleCommands())
        .extracting(site -> site.command().name().orElse("-"))
        .contains("apt-get");
  }

  @Test
  void aMissingRedirectionTargetIsReported() {
    ShellScriptResult result = parse("echo a >");
    assertThat(result.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("unexpected end of script"));
    Redirection r = result.script().simpleCommands().get(0).command().redirections().get(0);
    assertThat(r.target().text()).isEmpty();
  }

  @Test
  void anUnterminatedHeredocIsAWarning() {
    ShellScriptResult result = parse("cat <<EOF\nbody\n");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isFalse();
              assertThat(d.message())
                  .isEqualTo("here-document ends at the end of the script, not at a line 'EOF'");
            });
    HereDocument h =
        result
            .script()
            .simpleCommands()
            .get(0)
            .command()
            .redirections()
            .get(0)
            .hereDocument()
            .orElseThrow();
    assertThat(h.body()).isEqualTo("body\n");
    assertThat(h.isTerminated()).isFalse();
  }

  @Test
  void aDollarDoubleParenthesisClosedByOneParenthesis() {
    ShellScriptResult result = parse("echo $((1 + 2)");
    assertThat(result.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("'$((' is closed by a single ')'"));
  }

  @Test
  void deepNestingIsKeptAsText() {
    String deep = "echo " + "$(".repeat(100) + "x" + ")".repeat(100);
    ShellScriptResult result = parse(deep);
    assertThat(result.errors()).extracting(Diagnostic::code).contains(ShellCodes.TOO_DEEP);
    String absurd = "(".repeat(20_000);
    ShellScriptResult overflow = parse(absurd);
    assertThat(overflow.hasErrors()).isTrue();
    assertThat(overflow.script().range().length()).isEqualTo(absurd.length());
  }

  @Test
  void diagnosticsAreInSourceOrder() {
    List<Diagnostic> ds = parse("echo 'a\" $(b").diagnostics();
    for (int i = 1; i < ds.size(); i++) {
      assertThat(ds.get(i).range().startOffset())
          .isGreaterThanOrEqualTo(ds.get(i - 1).range().startOffset());
    }
  }
}
