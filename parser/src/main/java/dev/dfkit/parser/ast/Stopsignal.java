package dev.dfkit.parser.ast;

/** {@code STOPSIGNAL signal}. */
public record Stopsignal(InstructionSyntax syntax, Word signal) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitStopsignal(this, context);
  }
}
