package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code $((expression))}.
 *
 * @param expression the text between {@code $((} and {@code ))}
 * @param parts the expansions inside the expression ({@code $n}, {@code $(nproc)}, ...)
 */
public record ArithmeticExpansion(
    String text, SourceRange range, String expression, List<WordPart> parts) implements WordPart {

  public ArithmeticExpansion {
    parts = List.copyOf(parts);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(parts);
  }
}
