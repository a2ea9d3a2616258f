package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * bash's {@code (( expression ))}.
 *
 * @param expression the text between {@code ((} and {@code ))}
 */
public record ArithmeticCommand(
    SourceRange range, String expression, List<Redirection> redirections) implements Command {

  public ArithmeticCommand {
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitArithmeticCommand(this, context);
  }
}
