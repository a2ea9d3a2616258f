package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code for name [in words]; do body; done}.
 *
 * @param variable the loop variable's word
 * @param items the words after {@code in}; empty when there is no {@code in} (the loop runs over
 *     {@code "$@"})
 */
public record ForClause(
    SourceRange range,
    ShellWord variable,
    Optional<List<ShellWord>> items,
    List<CommandList> body,
    List<Redirection> redirections)
    implements Command {

  public ForClause {
    items = items.map(List::copyOf);
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }

  /** The loop variable's name. */
  public String name() {
    return variable.text();
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(List.of(variable), items.orElse(List.of()), body, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitForClause(this, context);
  }
}
