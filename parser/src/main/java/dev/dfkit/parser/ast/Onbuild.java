package dev.dfkit.parser.ast;

import java.util.Optional;

/**
 * {@code ONBUILD instruction}: a trigger run when the image is used as a base. The trigger is
 * parsed like a top-level instruction; it is empty when nothing follows ONBUILD.
 */
public record Onbuild(InstructionSyntax syntax, Optional<Instruction> trigger)
    implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitOnbuild(this, context);
  }
}
