package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code "text"} (or bash's {@code $"text"}): literal runs and expansions.
 *
 * @param parts {@link Literal}s (escapes {@code \$ \` \" \\} and line continuations removed),
 *     parameter expansions, command substitutions, backquotes and arithmetic expansions
 */
public record DoubleQuoted(String text, SourceRange range, List<WordPart> parts)
    implements WordPart {

  public DoubleQuoted {
    parts = List.copyOf(parts);
  }

  @Override
  public Optional<String> literalValue() {
    StringBuilder value = new StringBuilder(text.length());
    for (WordPart part : parts) {
      if (!(part instanceof Literal literal)) {
        return Optional.empty();
      }
      value.append(literal.value());
    }
    return Optional.of(value.toString());
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(parts);
  }
}
