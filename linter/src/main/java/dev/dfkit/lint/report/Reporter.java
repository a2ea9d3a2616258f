package dev.dfkit.lint.report;

import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/** Writes the results of one dflint run in one format. */
public interface Reporter {

  /**
   * @param results one per linted file, in the order they were given
   * @param rules every rule the linter knows (SARIF describes them)
   */
  void report(List<LintResult> results, List<Rule> rules, PrintWriter out);
}
