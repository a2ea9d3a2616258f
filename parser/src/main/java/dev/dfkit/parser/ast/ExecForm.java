package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** {@code ["executable", "arg"]}: run without a shell; each word is a decoded JSON string. */
public record ExecForm(List<Word> arguments, SourceRange range) implements CommandLine {

  public ExecForm {
    arguments = List.copyOf(arguments);
  }

  @Override
  public boolean isEmpty() {
    return arguments.isEmpty();
  }
}
