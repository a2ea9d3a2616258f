package dev.dfkit.parser.ast;

import java.util.List;

/** {@code ARG name[=default] ...}. */
public record Arg(InstructionSyntax syntax, List<ArgDeclaration> declarations)
    implements Instruction {

  public Arg {
    declarations = List.copyOf(declarations);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitArg(this, context);
  }
}
