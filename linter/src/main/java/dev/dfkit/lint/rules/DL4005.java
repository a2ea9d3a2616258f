package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL4005: replacing {@code /bin/sh} with a link to another shell changes the shell of
 * every later RUN behind the reader's back (and breaks tools that rely on {@code sh}); the SHELL
 * instruction says it in the Dockerfile. Each {@code ln} with {@code /bin/sh} among its arguments
 * is reported at its name.
 */
@RuleInfo(
    id = "DL4005",
    name = "use-shell-to-change-shell",
    severity = LintSeverity.WARNING,
    summary = "Use SHELL to change the default shell",
    url = "https://github.com/hadolint/hadolint/wiki/DL4005",
    source = RuleSource.HADOLINT)
public final class DL4005 extends RunRule {

  static final String MESSAGE = "Use SHELL to change the default shell";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("ln")) {
      if (c.hasArg("/bin/sh")) {
        context.report(c.nameRange(), MESSAGE);
      }
    }
  }
}
