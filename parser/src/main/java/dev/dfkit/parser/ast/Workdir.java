package dev.dfkit.parser.ast;

/** {@code WORKDIR path}. */
public record Workdir(InstructionSyntax syntax, Word path) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitWorkdir(this, context);
  }
}
