package dev.dfkit.parser;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.List;

/**
 * A parsed Dockerfile and what is wrong with it. Parsing never throws on user input: a file with
 * errors still yields a tree, so editors can work on half-typed files.
 *
 * @param sourceName a name for messages (a path, or {@code -} for standard input)
 */
public record ParseResult(String sourceName, Dockerfile dockerfile, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** True when BuildKit's parser would reject the file (see {@link Diagnostic#isSyntaxError}). */
  public boolean hasSyntaxErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isSyntaxError);
  }

  public List<Diagnostic> syntaxErrors() {
    return diagnostics.stream().filter(Diagnostic::isSyntaxError).toList();
  }
}
