package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code NAME=value} (or {@code NAME+=value}, {@code NAME[i]=value}) before a command name.
 *
 * @param name the name as written, with its subscript if any
 * @param append true for {@code +=}
 * @param value the word after {@code =} (empty text for {@code NAME=})
 */
public record Assignment(SourceRange range, String name, boolean append, ShellWord value)
    implements ShellNode {

  @Override
  public List<ShellNode> children() {
    return List.of(value);
  }
}
