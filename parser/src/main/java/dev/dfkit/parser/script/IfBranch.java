package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code if condition; then body} or {@code elif condition; then body}.
 *
 * @param range from {@code if} or {@code elif} to the end of the body
 */
public record IfBranch(SourceRange range, List<CommandList> condition, List<CommandList> body)
    implements ShellNode {

  public IfBranch {
    condition = List.copyOf(condition);
    body = List.copyOf(body);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(condition, body);
  }
}
