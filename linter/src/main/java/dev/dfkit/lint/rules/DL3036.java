package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3036: {@code zypper install} leaves its cache in the layer unless the same RUN cleans
 * it. A RUN whose last {@code zypper install} ({@code in}) is not followed by {@code zypper clean}
 * ({@code cc}) is reported at that {@code zypper}, unless a cache or tmpfs mount covers {@code
 * /var/cache/zypp}. (hadolint compares the first install with the first clean.)
 */
@RuleInfo(
    id = "DL3036",
    name = "zypper-clean",
    severity = LintSeverity.WARNING,
    summary = "`zypper clean` missing after zypper use.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3036",
    source = RuleSource.HADOLINT)
public final class DL3036 extends RunRule {

  static final String MESSAGE = "`zypper clean` missing after zypper use.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    if (run.mountsCacheAt("/var/cache/zypp")) {
      return;
    }
    run.installWithoutCleanup(
            c -> c.is("zypper") && c.hasArg("install", "in"),
            c -> c.is("zypper") && c.hasArg("clean", "cc"))
        .ifPresent(c -> context.report(c.nameRange(), MESSAGE));
  }
}
