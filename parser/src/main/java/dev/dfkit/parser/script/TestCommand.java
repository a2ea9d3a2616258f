package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * bash's {@code [[ expression ]]}, kept as its words: operators such as {@code &&}, {@code <} and
 * {@code (} are words here, and a regular expression after {@code =~} is one word.
 */
public record TestCommand(SourceRange range, List<ShellWord> words, List<Redirection> redirections)
    implements Command {

  public TestCommand {
    words = List.copyOf(words);
    redirections = List.copyOf(redirections);
  }

  @Override
  public List<ShellNode> children() {
    return Nodes.concat(words, redirections);
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitTestCommand(this, context);
  }
}
