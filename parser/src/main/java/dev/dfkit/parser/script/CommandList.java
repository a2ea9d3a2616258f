package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * The and-or lists of one line, each ended by {@code ;}, {@code &} or the line end: {@code a && b;
 * c &}.
 *
 * @param range from the first and-or list to the last one's terminator, if any
 */
public record CommandList(SourceRange range, List<AndOrList> items) implements ShellNode {

  public CommandList {
    items = List.copyOf(items);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(items);
  }
}
