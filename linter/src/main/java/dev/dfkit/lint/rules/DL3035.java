package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3035: {@code zypper dist-upgrade} ({@code dup}) can move the image to another
 * distribution release, which belongs in the base image's tag, not in a build step. Each such
 * command is reported at {@code zypper}.
 */
@RuleInfo(
    id = "DL3035",
    name = "no-zypper-dist-upgrade",
    severity = LintSeverity.WARNING,
    summary = "Do not use `zypper dist-upgrade`.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3035",
    source = RuleSource.HADOLINT)
public final class DL3035 extends RunRule {

  static final String MESSAGE = "Do not use `zypper dist-upgrade`.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("zypper")) {
      if (c.hasArg("dist-upgrade", "dup")) {
        context.report(c.nameRange(), MESSAGE);
      }
    }
  }
}
