package dev.dfkit.format;

import dev.dfkit.format.layout.InstructionText;
import dev.dfkit.format.layout.LayoutContext;
import dev.dfkit.format.layout.StageShells;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;

/**
 * Checks one instruction's new text before it is used: parsed alone (under the file's escape
 * directive) it must be one instruction that means the same as the original, and formatting it
 * again must give the same text.
 */
final class SelfCheck {

  private SelfCheck() {}

  /** What is wrong with {@code candidate} as the new text of {@code original}; null if nothing. */
  static String problem(
      Instruction original, String candidate, LayoutContext ctx, Signatures signatures) {
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
    return difference(original, candidate, reread, again.dockerfile(), ctx, signatures);
  }

  /**
   * Whether {@code reread}, the instruction {@code candidate} was read back as (in {@code file}),
   * means the same as {@code original} and lays out to {@code candidate} again.
   */
  static boolean holds(
      Instruction original,
      String candidate,
      Instruction reread,
      Dockerfile file,
      LayoutContext ctx,
      Signatures signatures) {
    return difference(original, candidate, reread, file, ctx, signatures) == null;
  }

  private static String difference(
      Instruction original,
      String candidate,
      Instruction reread,
      Dockerfile file,
      LayoutContext ctx,
      Signatures signatures) {
    boolean posix = ctx.shells().isPosix(original);
    if (!signatures.of(original, posix).equals(signatures.of(reread, posix))) {
      return "the new layout would read differently";
    }
    LayoutContext same = ctx.withShells(StageShells.fixed(posix));
    String second = InstructionText.of(reread, file, same, note -> {});
    if (!second.equals(candidate)) {
      return "the new layout would change again on a second run";
    }
    return null;
  }
}
