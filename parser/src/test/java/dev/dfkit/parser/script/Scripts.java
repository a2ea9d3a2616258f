package dev.dfkit.parser.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the shell-script tests: parse a text on its own, show ranges, pick nodes. */
final class Scripts {

  private Scripts() {}

  /** Parses {@code text} as if it were a whole file (offsets and positions are the text's). */
  static ShellScriptResult parse(String text) {
    return ShellScripts.parse(LogicalText.contiguous(text, LineMap.of(text), 0));
  }

  /** Parses a script that must have no diagnostics. */
  static Script script(String text) {
    ShellScriptResult result = parse(text);
    assertThat(result.diagnostics()).as("diagnostics of %s", text).isEmpty();
    return result.script();
  }

  /** The only command of a one-command script. */
  static Command only(String text) {
    Script s = script(text);
    assertThat(s.lists()).hasSize(1);
    assertThat(s.lists().get(0).items()).hasSize(1);
    Pipeline p = s.lists().get(0).items().get(0).pipelines().get(0);
    assertThat(p.commands()).hasSize(1);
    return p.commands().get(0);
  }

  static SimpleCommand simple(String text) {
    return (SimpleCommand) only(text);
  }

  /** 1-based {@code line:col-line:col}, end exclusive. */
  static String span(SourceRange r) {
    return (r.start().line() + 1)
        + ":"
        + (r.start().column() + 1)
        + "-"
        + (r.end().line() + 1)
        + ":"
        + (r.end().column() + 1);
  }

  /** The text of a range in {@code source} (a text parsed with {@link #parse}). */
  static String text(String source, SourceRange r) {
    return source.substring(r.startOffset(), r.endOffset());
  }

  /** Literal values (or texts, when not literal) of words. */
  static List<String> values(List<ShellWord> words) {
    List<String> out = new ArrayList<>();
    for (ShellWord w : words) {
      out.add(w.literalValue().orElse(w.text()));
    }
    return out;
  }

  /** Every node of a tree, depth first. */
  static List<ShellNode> nodes(ShellNode root) {
    List<ShellNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(ShellNode node, List<ShellNode> out) {
    out.add(node);
    for (ShellNode child : node.children()) {
      collect(child, out);
    }
  }
}
