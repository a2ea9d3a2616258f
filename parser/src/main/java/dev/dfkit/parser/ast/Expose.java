package dev.dfkit.parser.ast;

import java.util.List;

/** {@code EXPOSE port[/protocol] ...}. */
public record Expose(InstructionSyntax syntax, List<Word> ports) implements Instruction {

  public Expose {
    ports = List.copyOf(ports);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitExpose(this, context);
  }
}
