package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.CheckOptions;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.diagnostic.Diagnostic;

/**
 * What the parser rejects (syntax errors, unknown instructions and flags, bad arguments) and a
 * {@code # check=} directive BuildKit cannot read: the build would fail on each.
 */
@RuleInfo(
    id = "DockerfileSyntax",
    name = "dockerfile-syntax",
    severity = LintSeverity.ERROR,
    summary = "The Dockerfile must parse, and each instruction must be valid",
    url = "https://docs.docker.com/reference/dockerfile/",
    source = RuleSource.DFLINT)
public final class DockerfileSyntax implements Rule {

  @Override
  public void check(LintContext context) {
    for (Diagnostic d : context.parse().diagnostics()) {
      if (d.isError()) {
        context.report(d.range(), d.message());
      }
    }
    context
        .dockerfile()
        .directive(Directive.CHECK)
        .ifPresent(
            d -> {
              try {
                CheckOptions.parse(d.value());
              } catch (IllegalArgumentException e) {
                context.report(d.valueRange(), e.getMessage());
              }
            });
  }
}
