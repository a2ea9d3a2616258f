package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code if c; then b; elif c2; then b2; else b3; fi}.
 *
 * @param branches the {@code if} branch, then each {@code elif}
 * @param elseBody the commands after {@code else}; empty without {@code else}
 */
public record IfClause(
    SourceRange range,
    List<IfBranch> branches,
    List<CommandList> elseBody,
    List<Redirection> redirections)
    implements Command {

  public IfClause {
    branches = List.copyOf(branches);
    elseBody = List.copyOf(elseBody);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(branches, elseBody, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitIfClause(this, context);
  }
}
