package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3027: {@code apt} is meant for people at a terminal: its output and command-line
 * interface may change between versions and it warns that it has no stable interface for scripts.
 * Each {@code apt} command is reported at its name.
 */
@RuleInfo(
    id = "DL3027",
    name = "no-apt",
    severity = LintSeverity.WARNING,
    summary =
        "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",
    url = "https://github.com/hadolint/hadolint/wiki/DL3027",
    source = RuleSource.HADOLINT)
public final class DL3027 extends RunRule {

  static final String MESSAGE =
      "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("apt")) {
      context.report(c.nameRange(), MESSAGE);
    }
  }
}
