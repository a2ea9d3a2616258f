package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Unquoted text, or the plain text inside double quotes.
 *
 * @param value the text with backslash escapes and line continuations removed
 */
public record Literal(String text, SourceRange range, String value) implements WordPart {

  @Override
  public Optional<String> literalValue() {
    return Optional.of(value);
  }

  @Override
  public List<ShellNode> children() {
    return List.of();
  }
}
