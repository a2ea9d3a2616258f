package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code `script`}: the old form of command substitution. The script is parsed after the
 * backslashes before {@code $}, {@code `} and {@code \} are removed, as the shell does; its ranges
 * still point at the original characters.
 */
public record Backquote(String text, SourceRange range, Script script) implements WordPart {

  @Override
  public List<ShellNode> children() {
    return List.of(script);
  }
}
