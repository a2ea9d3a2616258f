package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;

/**
 * A command run by the stage's shell. {@code script} is the logical text (continuations joined,
 * indentation of continued lines kept, as BuildKit passes it to the shell); every offset in it maps
 * back to the source.
 */
public record ShellForm(LogicalText script) implements CommandLine {

  public String text() {
    return script.text();
  }

  @Override
  public SourceRange range() {
    return script.range(0, script.length());
  }

  @Override
  public boolean isEmpty() {
    return script.text().isEmpty();
  }
}
