package dev.dfkit.parser.ast;

import java.util.List;

/** {@code ENV key=value ...} or the legacy {@code ENV key value}. */
public record Env(InstructionSyntax syntax, List<KeyValue> pairs) implements Instruction {

  public Env {
    pairs = List.copyOf(pairs);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitEnv(this, context);
  }
}
