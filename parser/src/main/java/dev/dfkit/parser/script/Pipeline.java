package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Commands joined by {@code |} (or bash's {@code |&}), possibly negated: {@code ! a | b}.
 *
 * @param bang the range of {@code !} when the pipeline is negated
 * @param commands at least one
 * @param operators {@code |} or {@code |&}, one between each two commands
 */
public record Pipeline(
    SourceRange range,
    Optional<SourceRange> bang,
    List<Command> commands,
    List<ShellOperator> operators)
    implements ShellNode {

  public Pipeline {
    commands = List.copyOf(commands);
    operators = List.copyOf(operators);
  }

  public boolean isNegated() {
    return bang.isPresent();
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(commands);
  }
}
