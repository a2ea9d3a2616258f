package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * bash's {@code for ((init; test; step)); do body; done}.
 *
 * @param expression the text between {@code ((} and {@code ))}
 */
public record ArithmeticForClause(
    SourceRange range, String expression, List<CommandList> body, List<Redirection> redirections)
    implements Command {

  public ArithmeticForClause {
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(body, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitArithmeticForClause(this, context);
  }
}
