package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3015: by default {@code apt-get install} also installs the packages the requested ones
 * only recommend, which makes images bigger. Each {@code apt-get install} without {@code
 * --no-install-recommends} (or {@code -o APT::Install-Recommends=false}) is reported at {@code
 * apt-get}. The fix inserts {@code --no-install-recommends} after {@code install}.
 */
@RuleInfo(
    id = "DL3015",
    name = "apt-get-no-install-recommends",
    severity = LintSeverity.INFO,
    summary = "Avoid additional packages by specifying `--no-install-recommends`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3015",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3015 extends RunRule {

  static final String MESSAGE = "Avoid additional packages by specifying `--no-install-recommends`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("apt-get")) {
      c.firstArg("install")
          .filter(
              install ->
                  !c.hasFlag("no-install-recommends")
                      && !c.hasArg("APT::Install-Recommends=false")
                      && !AptSimulation.simulates(c))
          .ifPresent(
              install ->
                  report(context, c, MESSAGE, insertAfter(install, "--no-install-recommends")));
    }
  }
}
