package dev.dfkit.parser.ast;

/** {@code ENTRYPOINT}: the executable of the image. */
public record Entrypoint(InstructionSyntax syntax, CommandLine command) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitEntrypoint(this, context);
  }
}
