package dev.dfkit.parser;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile and what is wrong with it. Parsing never throws on user input: a file with
 * errors still yields a tree, so editors can work on half-typed files.
 *
 * @param sourceName a name for messages (a path, or {@code -} for standard input)
 * @param moved what a re-parse took over from the earlier tree below the edit, when it did
 */
public record ParseResult(
    String sourceName,
    Dockerfile dockerfile,
    List<Diagnostic> diagnostics,
    Optional<MovedTail> moved) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A parse of a whole text (nothing taken over from an earlier one below an edit). */
  public ParseResult(String sourceName, Dockerfile dockerfile, List<Diagnostic> diagnostics) {
    this(sourceName, dockerfile, diagnostics, Optional.empty());
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
