package dev.dfkit.parser.ast;

/** {@code MAINTAINER name} (deprecated: use a label). */
public record Maintainer(InstructionSyntax syntax, Word maintainer) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitMaintainer(this, context);
  }
}
