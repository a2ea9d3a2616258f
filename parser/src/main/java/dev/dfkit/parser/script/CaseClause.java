package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** {@code case subject in pattern) body;; ... esac}. */
public record CaseClause(
    SourceRange range, ShellWord subject, List<CaseItem> items, List<Redirection> redirections)
    implements Command {

  public CaseClause {
    items = List.copyOf(items);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(List.of(subject), items, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitCaseClause(this, context);
  }
}
