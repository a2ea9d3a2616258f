package dev.dfkit.format.layout;

import dev.dfkit.format.FormatNote;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.function.Consumer;

/**
 * The formatted text of one instruction, heredoc bodies included (no final line terminator): the
 * canonical layout when it can be proven safe, else the keyword in upper case and the rest as
 * written, else the instruction exactly as written.
 */
public final class InstructionText {

  private InstructionText() {}

  /**
   * @param notes receives why an instruction was kept as written
   */
  public static String of(
      Instruction instruction, Dockerfile file, LayoutContext ctx, Consumer<FormatNote> notes) {
    String raw = file.text(instruction.range());
    if (instruction instanceof UnknownInstruction) {
      notes.accept(
          new FormatNote(
              instruction.range(),
              FormatNote.Kind.KEPT,
              "unknown instruction " + instruction.keyword().text() + " kept as written"));
      return raw;
    }
    try {
      String lines = InstructionLayout.format(instruction, ctx);
      List<Heredoc> heredocs = heredocs(instruction);
      if (heredocs.isEmpty()) {
        return lines;
      }
      SourceRange bodies = InstructionLayout.heredocRegion(heredocs);
      return lines + ctx.eol() + file.text(bodies);
    } catch (Unsafe e) {
      notes.accept(
          new FormatNote(
              instruction.range(),
              FormatNote.Kind.KEPT,
              e.getMessage() + "; kept as written (keyword in upper case)"));
      return keywordOnly(instruction, file);
    }
  }

  /** The keyword in upper case, everything after it as written. */
  public static String keywordOnly(Instruction instruction, Dockerfile file) {
    SourceRange k = instruction.keyword().range();
    return instruction.keyword().canonical()
        + file.text().substring(k.endOffset(), instruction.range().endOffset());
  }

  static List<Heredoc> heredocs(Instruction instruction) {
    if (instruction instanceof Onbuild o) {
      return o.trigger().map(t -> t.syntax().heredocs()).orElse(List.of());
    }
    return instruction.syntax().heredocs();
  }
}
