package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3003: {@code cd} in a RUN changes directory for that RUN only; WORKDIR says where the
 * following instructions work. Every {@code cd} is reported at its name, as in hadolint (which does
 * not look at ONBUILD triggers for this rule).
 */
@RuleInfo(
    id = "DL3003",
    name = "use-workdir",
    severity = LintSeverity.WARNING,
    summary = "Use WORKDIR to switch to a directory",
    url = "https://github.com/hadolint/hadolint/wiki/DL3003",
    source = RuleSource.HADOLINT)
public final class DL3003 extends RunRule {

  static final String MESSAGE = "Use WORKDIR to switch to a directory";

  @Override
  boolean checksTriggers() {
    return false;
  }

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("cd")) {
      context.report(c.nameRange(), MESSAGE);
    }
  }
}
