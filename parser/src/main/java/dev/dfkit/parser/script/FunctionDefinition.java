package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code name() compound-command}, or bash's {@code function name [()] compound-command}.
 *
 * @param nameWord the function's name as written
 * @param body the compound command, with its own redirections
 * @param keyword true for the {@code function} form
 */
public record FunctionDefinition(
    SourceRange range, ShellWord nameWord, Command body, boolean keyword) implements Command {

  public String name() {
    return nameWord.text();
  }

  /** A definition has none of its own: the body's redirections apply when it runs. */
  @Override
  public List<Redirection> redirections() {
    return List.of();
  }

  @Override
  public List<ShellNode> children() {
    return List.of(nameWord, body);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitFunctionDefinition(this, context);
  }
}
