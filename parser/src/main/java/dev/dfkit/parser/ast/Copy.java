package dev.dfkit.parser.ast;

import java.util.List;

/**
 * {@code COPY [flags] src... dest}; a source word like {@code <<EOF} names a heredoc of the
 * instruction.
 */
public record Copy(
    InstructionSyntax syntax, CopyFlags copyFlags, List<Word> sources, Word destination)
    implements Instruction {

  public Copy {
    sources = List.copyOf(sources);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitCopy(this, context);
  }
}
