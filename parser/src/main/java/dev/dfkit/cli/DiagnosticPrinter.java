package dev.dfkit.cli;

import dev.dfkit.parser.diagnostic.Diagnostic;

/** Prints diagnostics the way every dfkit tool does: {@code FILE:LINE:COL: severity: message}. */
public final class DiagnosticPrinter {

  private DiagnosticPrinter() {}

  public static String format(String file, Diagnostic d) {
    return file
        + ":"
        + (d.range().start().line() + 1)
        + ":"
        + (d.range().start().column() + 1)
        + ": "
        + d.severity().label()
        + ": "
        + d.message();
  }
}
