package dev.dfkit.parser.ast;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [options] CMD command}; {@code type} is the word
 * after the flags as written.
 */
public record Healthcheck(
    InstructionSyntax syntax,
    HealthcheckFlags healthcheckFlags,
    Optional<Word> type,
    Optional<CommandLine> command)
    implements Instruction {

  /** True for {@code HEALTHCHECK NONE}, which disables a health check inherited from the base. */
  public boolean isNone() {
    return type.map(t -> t.value().toUpperCase(Locale.ROOT).equals("NONE")).orElse(false);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitHealthcheck(this, context);
  }
}
