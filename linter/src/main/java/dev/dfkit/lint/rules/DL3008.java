package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.Set;

/**
 * hadolint DL3008: {@code apt-get install} without versions installs whatever the mirror has that
 * day. Each package of an {@code apt-get install} without {@code =version} is reported at its word.
 * A path ({@code ./x.deb}) or a release selection ({@code pkg/bookworm}) counts as pinned, as in
 * hadolint. The values of {@code -t}/{@code --target-release} (and of {@code -o} and {@code -c})
 * are not packages. A package given by a variable is judged by its ARG/ENV value; a value the file
 * does not give is not reported.
 */
@RuleInfo(
    id = "DL3008",
    name = "pin-apt-get-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get"
            + " install <package>=<version>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3008",
    source = RuleSource.HADOLINT)
public final class DL3008 extends RunRule {

  static final String MESSAGE =
      "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get"
          + " install <package>=<version>`";

  private static final Set<String> VALUED =
      Set.of("t", "target-release", "o", "option", "c", "config-file");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("apt-get")) {
      if (!c.hasArg("install") || AptSimulation.simulates(c)) {
        continue;
      }
      for (Argument p : c.operands(VALUED)) {
        if (p.value().isPresent() && !p.is("install") && !pinned(p.value().get())) {
          report(context, p, MESSAGE);
        }
      }
    }
  }

  private static boolean pinned(String p) {
    return p.contains("=") || p.contains("/") || p.endsWith(".deb");
  }
}
