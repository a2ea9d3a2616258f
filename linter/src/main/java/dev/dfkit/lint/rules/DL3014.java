package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3014: without {@code -y}, {@code apt-get install} stops to ask for confirmation, which
 * a build cannot answer. Each {@code apt-get install} without {@code -y}, {@code --yes}, {@code
 * --assume-yes} or quiet level 2 ({@code -qq}, {@code -q -q}, {@code -q=2}, which imply yes) is
 * reported at {@code apt-get}. The fix inserts {@code -y} after {@code install}.
 */
@RuleInfo(
    id = "DL3014",
    name = "apt-get-assume-yes",
    severity = LintSeverity.WARNING,
    summary = "Use the `-y` switch to avoid manual input `apt-get -y install <package>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3014",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3014 extends RunRule {

  static final String MESSAGE =
      "Use the `-y` switch to avoid manual input `apt-get -y install <package>`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("apt-get")) {
      c.firstArg("install")
          .filter(install -> !assumesYes(c) && !AptSimulation.simulates(c))
          .ifPresent(install -> report(context, c, MESSAGE, insertAfter(install, "-y")));
    }
  }

  private static boolean assumesYes(RunCommand c) {
    return c.hasFlag("y", "yes", "assume-yes")
        || c.countFlag("q") >= 2
        || c.countFlag("quiet") >= 2
        || c.hasArg("-q=2", "--quiet=2");
  }
}
