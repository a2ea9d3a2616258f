package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3038: without {@code -y}, {@code dnf install} stops to ask for confirmation, which a
 * build cannot answer. Each {@code dnf} or {@code microdnf} {@code install}, {@code groupinstall}
 * or {@code localinstall} without {@code -y}/{@code --assumeyes} is reported at the command's name.
 * The fix inserts {@code -y} after the subcommand.
 */
@RuleInfo(
    id = "DL3038",
    name = "dnf-assume-yes",
    severity = LintSeverity.WARNING,
    summary = "Use the -y switch to avoid manual input `dnf install -y <package>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3038",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3038 extends RunRule {

  static final String MESSAGE =
      "Use the -y switch to avoid manual input `dnf install -y <package>`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.commands()) {
      if (!c.is("dnf") && !c.is("microdnf")) {
        continue;
      }
      c.firstArg("install", "groupinstall", "localinstall")
          .filter(install -> !c.hasFlag("y", "assumeyes"))
          .ifPresent(install -> report(context, c, MESSAGE, insertAfter(install, "-y")));
    }
  }
}
