package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** The {@code (a b c)} of a bash array assignment {@code NAME=(a b c)}. */
public record ArrayLiteral(String text, SourceRange range, List<ShellWord> elements)
    implements WordPart {

  public ArrayLiteral {
    elements = List.copyOf(elements);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(elements);
  }
}
