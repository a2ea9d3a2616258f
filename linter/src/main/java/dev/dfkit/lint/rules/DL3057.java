package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Stage;

/**
 * hadolint DL3057: each image should say how to check its health. A stage is fine when it, a stage
 * it builds on, or a stage built on it has a HEALTHCHECK ({@code HEALTHCHECK NONE} counts: it says
 * there is none on purpose). Reported at the FROM image of each other stage. Off by default.
 */
@RuleInfo(
    id = "DL3057",
    name = "healthcheck-missing",
    severity = LintSeverity.INFO,
    summary = "`HEALTHCHECK` instruction missing.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3057",
    source = RuleSource.HADOLINT,
    enabledByDefault = false)
public final class DL3057 implements Rule {

  static final String MESSAGE = "`HEALTHCHECK` instruction missing.";

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      if (!StageChain.chainHas(context, stage, DL3057::hasHealthcheck)) {
        context.report(stage.from().image().range(), MESSAGE);
      }
    }
  }

  private static boolean hasHealthcheck(Stage stage) {
    return stage.instructions().stream().anyMatch(i -> i instanceof Healthcheck);
  }
}
