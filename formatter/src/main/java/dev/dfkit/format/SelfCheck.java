package dev.dfkit.format;

import dev.dfkit.format.layout.InstructionText;
import dev.dfkit.format.layout.LayoutContext;
import dev.dfkit.format.layout.StageShells;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Instruction;

/**
 * Checks one instruction's new text before it is used: parsed alone (under the file's escape
 * directive) it must be one instruction that means the same as the original, and formatting it
 * again must give the same text.
 */
final class SelfCheck {

  private SelfCheck() {}

  /** What is wrong with {@code candidate} as the new text of {@code original}; null if nothing. */
  static String problem(Instruction original, String candidate, LayoutContext ctx) {
    boolean posix = ctx.shells().isPosix(original);
    String prefix = ctx.escape() == '`' ? "# escape=`" + ctx.eol() : "";
    ParseResult again = DockerfileParser.parse(prefix + candidate + ctx.eol());
    if (again.hasSyntaxErrors()) {
      return "the new layout would not parse (" + again.syntaxErrors().get(0).message() + ")";
    }
    if (again.dockerfile().instructions().size() != 1) {
      return "the new layout would read as "
          + again.dockerfile().instructions().size()
          + " instructions";
    }
    Instruction reread = again.dockerfile().instructions().get(0);
    if (!Equivalence.signature(original, posix).equals(Equivalence.signature(reread, posix))) {
      return "the new layout would read differently";
    }
    LayoutContext same =
        new LayoutContext(ctx.options(), ctx.escape(), ctx.eol(), StageShells.fixed(posix));
    String second = InstructionText.of(reread, again.dockerfile(), same, note -> {});
    if (!second.equals(candidate)) {
      return "the new layout would change again on a second run";
    }
    return null;
  }
}
