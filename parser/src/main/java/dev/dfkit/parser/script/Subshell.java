package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** {@code ( list )}: the body runs in a subshell. */
public record Subshell(SourceRange range, List<CommandList> body, List<Redirection> redirections)
    implements Command {

  public Subshell {
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(body, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitSubshell(this, context);
  }
}
