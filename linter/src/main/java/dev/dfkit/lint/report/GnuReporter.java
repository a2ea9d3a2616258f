package dev.dfkit.lint.report;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/**
 * The GNU error format editors jump to: {@code FILE:LINE.COL-LINE.COL: severity: message [RULE]}.
 */
final class GnuReporter implements Reporter {

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        out.println(
            Locations.file(r, f)
                + ":"
                + Locations.line(f)
                + "."
                + Locations.column(f)
                + "-"
                + Locations.endLine(f)
                + "."
                + Locations.endColumn(f)
                + ": "
                + f.severity().label()
                + ": "
                + f.message()
                + " ["
                + f.rule()
                + "]");
      }
    }
  }
}
