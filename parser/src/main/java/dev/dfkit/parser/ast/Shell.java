package dev.dfkit.parser.ast;

import java.util.List;

/** {@code SHELL ["executable", "param"]}: the shell for shell-form commands (JSON form only). */
public record Shell(InstructionSyntax syntax, List<Word> shell) implements Instruction {

  public Shell {
    shell = List.copyOf(shell);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitShell(this, context);
  }
}
