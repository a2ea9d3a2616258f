package dev.dfkit.parser.script;

import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.List;

/** A parsed script and what is wrong with it (a tree is built even for a broken script). */
public record ShellScriptResult(Script script, List<Diagnostic> diagnostics) {

  public ShellScriptResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
