package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** {@code while condition; do body; done}, or {@code until} when {@code until} is true. */
public record WhileClause(
    SourceRange range,
    boolean until,
    List<CommandList> condition,
    List<CommandList> body,
    List<Redirection> redirections)
    implements Command {

  public WhileClause {
    condition = List.copyOf(condition);
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(condition, body, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitWhileClause(this, context);
  }
}
