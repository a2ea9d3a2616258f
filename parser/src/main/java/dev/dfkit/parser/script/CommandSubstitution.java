package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** {@code $(script)}. */
public record CommandSubstitution(String text, SourceRange range, Script script)
    implements WordPart {

  @Override
  public List<ShellNode> children() {
    return List.of(script);
  }
}
