package dev.dfkit.lint.report;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/** GitHub Actions workflow commands: annotations on the pull request's diff. */
final class GithubReporter implements Reporter {

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        String command =
            switch (f.severity()) {
              case ERROR -> "error";
              case WARNING -> "warning";
              case INFO, STYLE -> "notice";
            };
        out.println(
            "::"
                + command
                + " file="
                + property(Locations.file(r, f))
                + ",line="
                + Locations.line(f)
                + ",col="
                + Locations.column(f)
                + ",endLine="
                + Locations.endLine(f)
                + ",endColumn="
                + Locations.endColumn(f)
                + ",title="
                + property(f.rule())
                + "::"
                + data(f.message() + " (" + f.url() + ")"));
      }
    }
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
