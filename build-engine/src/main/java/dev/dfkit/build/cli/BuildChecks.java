package dev.dfkit.build.cli;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.rules.Rules;
import dev.dfkit.parser.ParseResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code docker build} checks before it builds: syntax errors fail the build; BuildKit's
 * checks are printed as warnings, and fail it when the file says {@code # check=error=true}.
 */
final class BuildChecks {
  private BuildChecks() {}

  record Outcome(int warnings, boolean failed) {}

  static Outcome run(
      ParseResult parsed, Path dockerfile, Path context, String shown, PrintWriter err) {
    LintOptions options =
        new LintOptions(
            LintOptions.DEFAULT.config(),
            java.util.Set.of(),
            java.util.Set.of(),
            Optional.empty(),
            Optional.of(context));
    LintResult result =
        new Linter(Rules.buildChecks()).lint(parsed, Optional.of(dockerfile), options);
    int warnings = 0;
    boolean failed = false;
    for (Finding f : result.findings()) {
      boolean error = f.severity() == LintSeverity.ERROR;
      failed |= error;
      if (!error) {
        warnings++;
      }
      err.println(
          f.file().orElse(shown)
              + ":"
              + (f.range().start().line() + 1)
              + ":"
              + (f.range().start().column() + 1)
              + ": "
              + (error ? "error" : "warning")
              + ": "
              + (f.rule().equals("DockerfileSyntax") ? "" : f.rule() + ": ")
              + f.message());
    }
    if (failed) {
      err.println("dfbuild: the Dockerfile has errors; nothing was built");
    }
    return new Outcome(warnings, failed);
  }
}
