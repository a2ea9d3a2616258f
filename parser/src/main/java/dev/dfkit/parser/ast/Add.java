package dev.dfkit.parser.ast;

import java.util.List;

/**
 * {@code ADD [flags] src... dest}; a source word like {@code <<EOF} names a heredoc of the
 * instruction.
 */
public record Add(InstructionSyntax syntax, AddFlags addFlags, List<Word> sources, Word destination)
    implements Instruction {

  public Add {
    sources = List.copyOf(sources);
  }

  @Override
  public <R, C> R accept(InstructionVisitor<R, C> visitor, C context) {
    return visitor.visitAdd(this, context);
  }
}
