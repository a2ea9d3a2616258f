package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3004: {@code sudo} in a build asks for a password or a sudoers setup and changes the
 * environment in ways that are hard to follow; switch users with USER, or a tool like gosu. Each
 * {@code sudo} command is reported at its name (installing the sudo package is fine).
 */
@RuleInfo(
    id = "DL3004",
    name = "no-sudo",
    severity = LintSeverity.ERROR,
    summary =
        "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce"
            + " root",
    url = "https://github.com/hadolint/hadolint/wiki/DL3004",
    source = RuleSource.HADOLINT)
public final class DL3004 extends RunRule {

  static final String MESSAGE =
      "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("sudo")) {
      context.report(c.nameRange(), MESSAGE);
    }
  }
}
