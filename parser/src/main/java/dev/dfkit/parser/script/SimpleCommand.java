package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code A=1 B=2 cmd arg... >file}: assignments before the command name, the words (name first),
 * and redirections anywhere among them.
 */
public record SimpleCommand(
    SourceRange range,
    List<Assignment> assignments,
    List<ShellWord> words,
    List<Redirection> redirections)
    implements Command {

  public SimpleCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirections = List.copyOf(redirections);
  }

  /** The command name when the first word has a literal value ({@code apt-get}, {@code "cd"}). */
  public Optional<String> name() {
    return words.isEmpty() ? Optional.empty() : words.get(0).literalValue();
  }

  /** The first word, as written. */
  public Optional<ShellWord> nameWord() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /** The words after the command name. */
  public List<ShellWord> arguments() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  private static final Comparator<ShellNode> BY_START =
      Comparator.comparingInt(n -> n.range().startOffset());

  /**
   * Assignments, words and redirections in source order. Each list is in source order and most
   * commands have their redirections last, so the concatenation is usually sorted already: it is
   * only sorted when it is not (walks call this for every command).
   */
  @Override
  public List<ShellNode> children() {
    List<ShellNode> out = new ArrayList<>(assignments.size() + words.size() + redirections.size());
    out.addAll(assignments);
    out.addAll(words);
    out.addAll(redirections);
    if (!inSourceOrder(out)) {
      out.sort(BY_START);
    }
    return out;
  }

  private static boolean inSourceOrder(List<ShellNode> nodes) {
    for (int i = 1; i < nodes.size(); i++) {
      if (nodes.get(i - 1).range().startOffset() > nodes.get(i).range().startOffset()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public <R, C> R accept(ShellVisitor<R, C> visitor, C context) {
    return visitor.visitSimpleCommand(this, context);
  }
}
