package dev.dfkit.ls.services;

import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableReference;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A variable reference in an instruction's line, with where it is in the source.
 *
 * @param reference the reference, offsets into {@code text}
 * @param text the whole reference as written ({@code ${A:-x}})
 * @param range the whole reference in the source
 * @param nameRange the name in the source
 */
record VariableUse(
    VariableReference reference, String text, SourceRange range, SourceRange nameRange) {

  String name() {
    return reference.name();
  }

  /**
   * The references on an instruction's logical line after its keyword (flags and arguments; heredoc
   * bodies are the shell's), found as the build's expander would reach them.
   */
  static List<VariableUse> in(Instruction instruction, char escape) {
    LogicalText line = instruction.syntax().line();
    String text = line.text();
    int afterKeyword = Math.min(text.length(), instruction.keyword().text().length());
    String rest = text.substring(afterKeyword);
    if (rest.indexOf('$') < 0) {
      return List.of();
    }
    List<VariableUse> out = new ArrayList<>();
    for (VariableReference r : ShellLexer.references(rest, escape)) {
      if (r.nameEnd() <= r.nameStart() || !isName(r.name())) {
        continue; // $1, $@: special parameters are the shell's
      }
      int end = Math.min(r.end(), rest.length());
      out.add(
          new VariableUse(
              r,
              rest.substring(r.start(), end),
              line.range(afterKeyword + r.start(), afterKeyword + end),
              line.range(afterKeyword + r.nameStart(), afterKeyword + r.nameEnd())));
    }
    return out;
  }

  private static boolean isName(String name) {
    return !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
  }
}
