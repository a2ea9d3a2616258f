package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * bash's {@code <(script)} or {@code >(script)}.
 *
 * @param input true for {@code <(...)}: the script's output is read as a file
 */
public record ProcessSubstitution(String text, SourceRange range, boolean input, Script script)
    implements WordPart {

  @Override
  public List<ShellNode> children() {
    return List.of(script);
  }
}
