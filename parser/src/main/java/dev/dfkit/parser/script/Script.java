package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A shell script: a RUN command, a heredoc script, or the inside of a command substitution.
 *
 * @param range the whole script text
 * @param lists the command lists, one per line (a line is cut at newlines, not at {@code ;})
 * @param comments the comments of this script, in order (those inside a substitution are in its own
 *     script)
 * @param tokens every word, operator, newline, comment and heredoc line of this script, in order:
 *     together with the blanks between them they are the script's text
 */
public record Script(
    SourceRange range,
    List<CommandList> lists,
    List<ShellComment> comments,
    List<ShellToken> tokens)
    implements ShellNode {

  public Script {
    lists = List.copyOf(lists);
    comments = List.copyOf(comments);
    tokens = List.copyOf(tokens);
  }

  /** True when the script holds no command. */
  public boolean isEmpty() {
    return lists.isEmpty();
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(lists);
  }

  /**
   * Every simple command, with where it sits: in source order, a command before the commands in the
   * substitutions of its words; substitutions, function bodies and compound commands included.
   */
  public List<CommandSite> simpleCommands() {
    List<CommandSite> out = new ArrayList<>();
    CommandSite.collect(this, new ArrayList<>(), out);
    return out;
  }
}
