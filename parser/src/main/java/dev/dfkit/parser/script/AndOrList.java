package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Pipelines joined by {@code &&} and {@code ||}: {@code a | b && c || d}.
 *
 * @param range the pipelines and the operators between them (the terminator is after it)
 * @param pipelines at least one
 * @param operators {@code &&} or {@code ||}, one between each two pipelines
 * @param terminator the {@code ;} or {@code &} that ends it, if written
 */
public record AndOrList(
    SourceRange range,
    List<Pipeline> pipelines,
    List<ShellOperator> operators,
    Optional<ShellOperator> terminator)
    implements ShellNode {

  public AndOrList {
    pipelines = List.copyOf(pipelines);
    operators = List.copyOf(operators);
  }

  /** True when it runs in the background ({@code &}). */
  public boolean isBackground() {
    return terminator.map(t -> t.text().equals("&")).orElse(false);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(pipelines);
  }
}
