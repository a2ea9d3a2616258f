package dev.dfkit.parser.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text: parsing returns a tree (never throws), every node lies inside its parent and
 * the script, and the tokens with the blanks between them give back the text.
 */
class ShellScriptProperties {

  private static final List<String> FRAGMENTS =
      List.of(
          "if",
          "then",
          "elif",
          "else",
          "fi",
          "for",
          "in",
          "do",
          "done",
          "while",
          "until",
          "case",
          "esac",
          "function",
          "{",
          "}",
          "!",
          "[[",
          "]]",
          "((",
          "))",
          "(",
          ")",
          "$(",
          "${",
          "$((",
          "`",
          "\\`",
          "'",
          "\"",
          "$'",
          "$\"",
          "\\",
          "\\\n",
          "\n",
          "\r\n",
          " ",
          "  ",
          "\t",
          ";",
          ";;",
          ";&",
          ";;&",
          "&",
          "&&",
          "|",
          "||",
          "|&",
          "<",
          ">",
          ">>",
          "<<",
          "<<-",
          "<<<",
          "2>&1",
          "&>",
          "<(",
          ">(",
          "EOF",
          "\nEOF\n",
          "'EOF'",
          "#",
          "# c\n",
          "a",
          "b=1",
          "x=(",
          "$x",
          "$@",
          "${x:-y}",
          "}",
          "echo",
          "apt-get",
          "=",
          "*",
          "~",
          "f()",
          "😀",
          "é",
          "0");

  @Property(tries = 2000)
  void parsingNeverThrowsAndCoversTheText(@ForAll("scripts") String text) {
    ShellScriptResult result = Scripts.parse(text);
    assertThat(result.script().range().startOffset()).isZero();
    assertThat(result.script().range().endOffset()).isEqualTo(text.length());
    assertThat(result.diagnostics())
        .allSatisfy(d -> assertThat(d.range().endOffset()).isLessThanOrEqualTo(text.length()));
  }

  @Property(tries = 2000)
  void everyNodeLiesInsideItsParentAndTheScript(@ForAll("scripts") String text) {
    assertRangesNest(Scripts.parse(text).script());
  }

  @Property(tries = 2000)
  void tokensAndTheBlanksBetweenThemAreTheText(@ForAll("scripts") String text) {
    assertTokensRejoin(text, Scripts.parse(text).script());
  }

  @Property(tries = 500)
  void arbitraryTextNeverBreaksTheParser(@ForAll("anyText") String text) {
    Script script = Scripts.parse(text).script();
    assertRangesNest(script);
    assertTokensRejoin(text, script);
  }

  @Property(tries = 2000)
  void simpleCommandsSkipOnlyWordsWithoutCommands(@ForAll("scripts") String text) {
    Script script = Scripts.parse(text).script();
    List<CommandSite> everyNode = new ArrayList<>();
    walkEveryNode(script, new ArrayList<>(), everyNode);
    assertThat(script.simpleCommands()).isEqualTo(everyNode);
  }

  /** The walk {@link Script#simpleCommands()} makes, without skipping any word. */
  private static void walkEveryNode(
      ShellNode node, List<ShellNode> ancestors, List<CommandSite> out) {
    if (node instanceof SimpleCommand command) {
      out.add(new CommandSite(command, ancestors));
    }
    if (node instanceof ShellWord word && !word.mayHoldCommands()) {
      assertThat(word.parts()).noneMatch(ShellScriptProperties::holdsCommand);
    }
    ancestors.add(node);
    for (ShellNode child : node.children()) {
      walkEveryNode(child, ancestors, out);
    }
    ancestors.remove(ancestors.size() - 1);
  }

  private static boolean holdsCommand(ShellNode node) {
    return node instanceof Command
        || node instanceof Script
        || node.children().stream().anyMatch(ShellScriptProperties::holdsCommand);
  }

  @Property(tries = 2000)
  void simpleCommandChildrenAreTheSortedParts(@ForAll("commandLines") String text) {
    List<SimpleCommand> commands = new ArrayList<>();
    Script script = Scripts.parse(text).script();
    script.simpleCommands().forEach(site -> commands.add(site.command()));
    for (SimpleCommand c : commands) {
      List<ShellNode> sorted = new ArrayList<>(c.assignments());
      sorted.addAll(c.words());
      sorted.addAll(c.redirections());
      sorted.sort(Comparator.comparingInt(n -> n.range().startOffset()));
      assertThat(c.children()).isEqualTo(sorted);
    }
  }

  /** Simple commands with assignments and redirections before, between and after the words. */
  @Provide
  Arbitrary<String> commandLines() {
    return Arbitraries.of(
            "A=1 ",
            "B= ",
            "w ",
            "\"q\" ",
            ">f ",
            "2>&1 ",
            "<in ",
            ">>o ",
            "<<E ",
            "x$(y >z) ",
            "; ")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> scripts() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  /** Every node's range is inside its parent's; the script's root covers it all. */
  static void assertRangesNest(Script script) {
    assertInside(script, script.range());
  }

  private static void assertInside(ShellNode node, SourceRange parent) {
    assertThat(parent.contains(node.range()))
        .as("%s %s inside %s", node.getClass().getSimpleName(), node.range(), parent)
        .isTrue();
    for (ShellNode child : node.children()) {
      assertInside(child, node.range());
    }
  }

  /**
   * The tokens are in order, do not overlap, and what is between them (and around them) is only
   * blanks and line continuations.
   */
  static void assertTokensRejoin(String text, Script script) {
    StringBuilder rebuilt = new StringBuilder();
    int at = 0;
    for (ShellToken t : script.tokens()) {
      assertThat(t.start()).as("token %s", t).isGreaterThanOrEqualTo(at);
      String gap = text.substring(at, t.start());
      assertThat(isBlank(gap)).as("gap %s before %s", gap, t).isTrue();
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      rebuilt.append(gap).append(t.text());
      at = t.end();
    }
    String tail = text.substring(at);
    assertThat(isBlank(tail)).as("tail %s", tail).isTrue();
    assertThat(rebuilt.append(tail).toString()).isEqualTo(text);
  }

  /** Blanks and line continuations: what the shell skips between tokens. */
  private static boolean isBlank(String s) {
    return s.replace("\\\r\n", "")
        .replace("\\\n", "")
        .chars()
        .allMatch(c -> c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B);
  }
}
