package dev.dfkit.parser.script;

import java.util.List;
import java.util.Optional;

/**
 * A simple command and the nodes around it, for rules that look at commands in context ({@code cd}
 * in a subshell, {@code curl} in a pipeline, {@code apt-get} in a substitution...).
 *
 * @param command the command
 * @param ancestors the nodes that contain it, outermost (the script) first
 */
public record CommandSite(SimpleCommand command, List<ShellNode> ancestors) {

  public CommandSite {
    ancestors = List.copyOf(ancestors);
  }

  /** The pipeline the command is in. */
  public Optional<Pipeline> pipeline() {
    return nearest(Pipeline.class);
  }

  /** The and-or list the command is in. */
  public Optional<AndOrList> andOrList() {
    return nearest(AndOrList.class);
  }

  /**
   * True when the command runs in a subshell: inside {@code ( )}, a command or process
   * substitution, or a pipeline of several commands (where each command is a subshell in POSIX sh).
   */
  public boolean inSubshell() {
    for (ShellNode n : ancestors) {
      if (n instanceof Subshell
          || n instanceof CommandSubstitution
          || n instanceof Backquote
          || n instanceof ProcessSubstitution
          || n instanceof Pipeline p && p.commands().size() > 1) {
        return true;
      }
    }
    return false;
  }

  /** True inside {@code $(...)} or backquotes. */
  public boolean inCommandSubstitution() {
    return ancestors.stream()
        .anyMatch(n -> n instanceof CommandSubstitution || n instanceof Backquote);
  }

  /** True inside a function definition's body. */
  public boolean inFunction() {
    return ancestors.stream().anyMatch(n -> n instanceof FunctionDefinition);
  }

  /** True inside a {@code for}, {@code while} or {@code until} loop. */
  public boolean inLoop() {
    return ancestors.stream()
        .anyMatch(
            n ->
                n instanceof ForClause
                    || n instanceof ArithmeticForClause
                    || n instanceof WhileClause);
  }

  private <T extends ShellNode> Optional<T> nearest(Class<T> type) {
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      if (type.isInstance(ancestors.get(i))) {
        return Optional.of(type.cast(ancestors.get(i)));
      }
    }
    return Optional.empty();
  }

  static void collect(ShellNode node, List<ShellNode> ancestors, List<CommandSite> out) {
    if (node instanceof SimpleCommand command) {
      out.add(new CommandSite(command, ancestors));
    } else if (node instanceof ShellWord word && !word.mayHoldCommands()) {
      return; // most words: nothing below them to find
    }
    ancestors.add(node);
    for (ShellNode child : node.children()) {
      collect(child, ancestors, out);
    }
    ancestors.remove(ancestors.size() - 1);
  }
}
