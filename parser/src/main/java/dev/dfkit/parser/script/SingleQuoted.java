package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code 'text'}, or bash's {@code $'text'} when {@code ansiC} is true.
 *
 * @param value the text between the quotes ({@code $'...'} escapes such as {@code \n} decoded)
 */
public record SingleQuoted(String text, SourceRange range, String value, boolean ansiC)
    implements WordPart {

  @Override
  public Optional<String> literalValue() {
    return Optional.of(value);
  }

  @Override
  public List<ShellNode> children() {
    return List.of();
  }
}
