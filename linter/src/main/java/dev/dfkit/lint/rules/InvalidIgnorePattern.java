package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.diagnostic.Diagnostic;

/**
 * A pattern of the ignore file that BuildKit rejects: a malformed bracket expression or escape, a
 * lone {@code !}. BuildKit fails the whole build on it.
 */
@RuleInfo(
    id = "InvalidIgnorePattern",
    name = "invalid-ignore-pattern",
    severity = LintSeverity.ERROR,
    summary = "Every .dockerignore pattern must be valid",
    url = "https://docs.docker.com/build/concepts/context/#syntax",
    source = RuleSource.DFLINT)
public final class InvalidIgnorePattern extends IgnoreFileRule {

  @Override
  void check(LintContext context, BuildContext build, String file) {
    for (Diagnostic d : build.ignore().diagnostics()) {
      context.reportIn(file, d.range(), d.message());
    }
  }
}
