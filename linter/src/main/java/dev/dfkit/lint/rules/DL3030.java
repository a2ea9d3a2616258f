package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3030: without {@code -y}, {@code yum install} stops to ask for confirmation, which a
 * build cannot answer. Each {@code yum install}, {@code groupinstall} or {@code localinstall}
 * without {@code -y}/{@code --assumeyes} is reported at {@code yum}. The fix inserts {@code -y}
 * after the subcommand.
 */
@RuleInfo(
    id = "DL3030",
    name = "yum-assume-yes",
    severity = LintSeverity.WARNING,
    summary = "Use the -y switch to avoid manual input `yum install -y <package>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3030",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3030 extends RunRule {

  static final String MESSAGE =
      "Use the -y switch to avoid manual input `yum install -y <package>`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("yum")) {
      c.firstArg("install", "groupinstall", "localinstall")
          .filter(install -> !c.hasFlag("y", "assumeyes"))
          .ifPresent(install -> report(context, c, MESSAGE, insertAfter(install, "-y")));
    }
  }
}
