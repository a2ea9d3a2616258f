package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * {@code $name}, {@code $1}, {@code $?}, or {@code ${...}} with any operator ({@code ${A:-x}},
 * {@code ${#A}}, {@code ${A%%.*}}, ...).
 *
 * @param name the parameter's name ({@code A} for {@code ${#A}}, {@code @} for {@code $@})
 * @param braced true for {@code ${...}}
 * @param parts for {@code ${...}}: what is between the braces, as literal text, quoted strings and
 *     nested expansions (empty for {@code $name})
 */
public record ParameterExpansion(
    String text, SourceRange range, String name, boolean braced, List<WordPart> parts)
    implements WordPart {

  public ParameterExpansion {
    parts = List.copyOf(parts);
  }

  @Override
  public List<ShellNode> children() {
    return List.copyOf(parts);
  }
}
