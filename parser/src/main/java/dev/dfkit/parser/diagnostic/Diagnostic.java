package dev.dfkit.parser.diagnostic;

import dev.dfkit.parser.source.SourceRange;
import java.util.Objects;

/**
 * A problem found in a source text.
 *
 * @param range where it is
 * @param severity how bad it is
 * @param code a stable identifier (for example {@code unknown-instruction}) tools can match on
 * @param message what is wrong and, where possible, what to do
 */
public record Diagnostic(SourceRange range, Severity severity, String code, String message) {

  public Diagnostic {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(SourceRange range, String code, String message) {
    return new Diagnostic(range, Severity.ERROR, code, message);
  }

  public static Diagnostic warning(SourceRange range, String code, String message) {
    return new Diagnostic(range, Severity.WARNING, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * An error BuildKit's parser itself reports (see {@link SyntaxCodes#isSyntax}); other errors are
   * from instruction checks that fail the build.
   */
  public boolean isSyntaxError() {
    return isError() && SyntaxCodes.isSyntax(code);
  }

  /** {@code LINE:COL: severity: message}, 1-based. */
  @Override
  public String toString() {
    return range.start().display() + ": " + severity.label() + ": " + message;
  }
}
