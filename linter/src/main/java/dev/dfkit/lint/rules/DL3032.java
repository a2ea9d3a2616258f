package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3032: {@code yum install} leaves its cache in the layer unless the same RUN cleans it.
 * A RUN whose last {@code yum install} is not followed by {@code yum clean} (or an {@code rm} under
 * {@code /var/cache/yum}) is reported at that {@code yum}. hadolint compares the first install with
 * the first clean, so it reports {@code yum clean all && yum install x && yum clean all} and does
 * not report {@code yum install a && yum clean all && yum install b}; the last install is what
 * matters.
 */
@RuleInfo(
    id = "DL3032",
    name = "yum-clean-all",
    severity = LintSeverity.WARNING,
    summary = "`yum clean all` missing after yum command.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3032",
    source = RuleSource.HADOLINT)
public final class DL3032 extends RunRule {

  static final String MESSAGE = "`yum clean all` missing after yum command.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    run.installWithoutCleanup(
            c -> c.is("yum") && c.hasArg("install"),
            c ->
                (c.is("yum") && c.hasArg("clean"))
                    || (c.is("rm") && c.hasArgStartingWith("/var/cache/yum")))
        .ifPresent(c -> context.report(c.nameRange(), MESSAGE));
  }
}
