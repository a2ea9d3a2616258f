package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3033: {@code yum install <package>} without a version installs whatever the repository
 * has that day. Each package of a {@code yum install} that is not {@code name-version} (an {@code
 * .rpm} file is fine) is reported at its word; with {@code yum module install}, each module without
 * {@code :stream}. A version given by a variable is judged by its ARG/ENV value (hadolint accepts
 * any {@code ${NAME}} the file declares); a value the file does not give is not reported.
 */
@RuleInfo(
    id = "DL3033",
    name = "pin-yum-versions",
    severity = LintSeverity.WARNING,
    summary = "Specify version with `yum install -y <package>-<version>`.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3033",
    source = RuleSource.HADOLINT)
public final class DL3033 extends RunRule {

  static final String MESSAGE = "Specify version with `yum install -y <package>-<version>`.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("yum")) {
      RpmPackages.check(context, c, MESSAGE);
    }
  }
}
