package dev.dfkit.lint.report;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;

/** Where a finding is, as reporters print it: file name and 1-based line/column. */
final class Locations {

  private Locations() {}

  static String file(LintResult result, Finding f) {
    return f.file().orElse(result.sourceName());
  }

  static int line(Finding f) {
    return f.range().start().line() + 1;
  }

  static int column(Finding f) {
    return f.range().start().column() + 1;
  }

  static int endLine(Finding f) {
    return f.range().end().line() + 1;
  }

  static int endColumn(Finding f) {
    return f.range().end().column() + 1;
  }
}
