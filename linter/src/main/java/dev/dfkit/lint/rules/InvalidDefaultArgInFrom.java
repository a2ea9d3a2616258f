package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.StageBase;

/**
 * BuildKit's InvalidDefaultArgInFrom: with the global ARGs at their defaults (no {@code
 * --build-arg}), a FROM's image expands to an empty or invalid image reference, so the build only
 * works when the caller passes the right arguments. As in BuildKit, the check gives up when a
 * global ARG's default or a FROM fails to expand (the build fails there anyway).
 */
@RuleInfo(
    id = "InvalidDefaultArgInFrom",
    name = "invalid-default-arg-in-from",
    severity = LintSeverity.WARNING,
    summary = "Default value for global ARG results in an empty or invalid base image name",
    url = "https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/",
    source = RuleSource.BUILDKIT)
public final class InvalidDefaultArgInFrom implements Rule {

  /** A FROM's finding depends on the global ARGs and the FROMs up to it. */
  @Override
  public boolean findsFromAbove() {
    return true;
  }

  @Override
  public void check(LintContext context) {
    for (ExpandedWord failed : context.variables().failures()) {
      for (Arg arg : context.dockerfile().globalArgs()) {
        if (arg.range().contains(failed.word().range())) {
          return;
        }
      }
    }
    for (Stage stage : context.dockerfile().stages()) {
      StageBase base = context.variables().base(stage);
      if (base == null || base.image().value().isEmpty()) {
        return;
      }
      if (context.checks(stage.from()) && !ImageReference.isValid(base.image().value().get())) {
        context.report(
            stage.base().range(),
            "Default value for ARG "
                + stage.base().value()
                + " results in empty or invalid base image name");
      }
    }
  }
}
