package dev.dfkit.parser.ast;

import java.util.List;

/** {@code LABEL key=value ...}. */
public record Label(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

  public Label {
    pairs = List.copyOf(pairs);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitLabel(this, context);
  }
}
