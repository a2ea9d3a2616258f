package dev.dfkit.parser.ast;

import java.util.Optional;

/**
 * {@code FROM [--platform=p] image [AS name]}: starts a stage. {@code stageName} is lower-cased, as
 * BuildKit compares stage names; {@code stageNameWord} is as written.
 */
public record From(
    InstructionSyntax syntax,
    Word image,
    Optional<String> stageName,
    Optional<Word> stageNameWord,
    FromFlags fromFlags)
    implements Instruction {

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitFrom(this, context);
  }
}
