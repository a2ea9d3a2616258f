package dev.dfkit.parser.ast;

/**
 * An instruction BuildKit does not know; kept so tools can show and fix it. {@code name} is the
 * first word of the logical line.
 */
public record UnknownInstruction(InstructionSyntax syntax, String name) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitUnknown(this, context);
  }
}
