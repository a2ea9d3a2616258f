package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code (a|b) body ;;}: the patterns, the commands, and the terminator ({@code ;;}, or bash's
 * {@code ;&} and {@code ;;&}), which the last item may leave out.
 *
 * @param range from the first pattern (or {@code (}) to the terminator or the end of the body
 */
public record CaseItem(
    SourceRange range,
    List<ShellWord> patterns,
    List<CommandList> body,
    Optional<ShellOperator> terminator)
    implements ShellNode {

  public CaseItem {
    patterns = List.copyOf(patterns);
    body = List.copyOf(body);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(patterns, body);
  }
}
