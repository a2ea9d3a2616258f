package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code [n]op word}: {@code >file}, {@code 2>&1}, {@code <<EOF}, ...
 *
 * @param range the operator and its word (a here-document's body is not inside it)
 * @param fileDescriptor the number written before the operator
 * @param operatorRange the operator with its number
 * @param target the file, descriptor or here-document delimiter word
 * @param hereDocument the body, for {@code <<} and {@code <<-}
 */
public record Redirection(
    SourceRange range,
    OptionalInt fileDescriptor,
    RedirectionOperator operator,
    SourceRange operatorRange,
    ShellWord target,
    Optional<HereDocument> hereDocument)
    implements ShellNode {

  @Override
  public List<ShellNode> children() {
    return List.of(target);
  }
}
