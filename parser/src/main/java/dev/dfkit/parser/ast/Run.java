package dev.dfkit.parser.ast;

/** {@code RUN [--mount=...] [--network=...] [--security=...] [--device=...] command}. */
public record Run(InstructionSyntax syntax, RunFlags runFlags, CommandLine command)
    implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitRun(this, context);
  }
}
