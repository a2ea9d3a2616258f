package dev.dfkit.parser.ast;

/** {@code CMD}: the default command of the image. */
public record Cmd(InstructionSyntax syntax, CommandLine command) implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitCmd(this, context);
  }
}
