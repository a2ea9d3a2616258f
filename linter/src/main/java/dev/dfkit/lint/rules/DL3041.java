package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3041: {@code dnf install <package>} without a version installs whatever the repository
 * has that day. Each package of a {@code dnf} or {@code microdnf} {@code install} that is not
 * {@code name-version} (an {@code .rpm} file is fine) is reported at its word; with {@code module
 * install}, each module without {@code :stream}; {@code group install} is left alone. A version
 * given by a variable is judged by its ARG/ENV value; a value the file does not give is not
 * reported.
 */
@RuleInfo(
    id = "DL3041",
    name = "pin-dnf-versions",
    severity = LintSeverity.WARNING,
    summary = "Specify version with `dnf install -y <package>-<version>`.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3041",
    source = RuleSource.HADOLINT)
public final class DL3041 extends RunRule {

  static final String MESSAGE = "Specify version with `dnf install -y <package>-<version>`.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.commands()) {
      if ((c.is("dnf") || c.is("microdnf")) && !c.hasArg("group")) {
        RpmPackages.check(context, c, MESSAGE);
      }
    }
  }
}
