package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** <code>{ list; }</code>: a group run in the current shell. */
public record BraceGroup(SourceRange range, List<CommandList> body, List<Redirection> redirections)
    implements Command {

  public BraceGroup {
    body = List.copyOf(body);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(body, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitBraceGroup(this, context);
  }
}
