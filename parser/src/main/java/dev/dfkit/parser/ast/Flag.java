package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code --name[=value]} flag word after BuildKit's quote processing.
 *
 * @param name the flag name without {@code --}
 * @param value the text after the first {@code =}, or {@code null} when there is no {@code =}
 * @param text the whole flag word after quote processing ({@code --from=build})
 * @param range the flag word in the source
 * @param nameRange {@code --name} in the source
 * @param valueRange the value in the source (empty, just after the flag, when there is none)
 */
public record Flag(
    String name,
    String value,
    String text,
    SourceRange range,
    SourceRange nameRange,
    SourceRange valueRange) {

  public boolean hasValue() {
    return value != null;
  }

  public Optional<String> optionalValue() {
    return Optional.ofNullable(value);
  }

  /** For boolean flags: {@code --link} and {@code --link=true} are true (case-insensitive). */
  public boolean booleanValue() {
    return value == null || value.toLowerCase(Locale.ROOT).equals("true");
  }
}
