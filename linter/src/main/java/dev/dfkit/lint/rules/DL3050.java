package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;

/**
 * hadolint DL3050: with {@code strictLabels} on, only the labels of the schema ({@code
 * labelSchema}) may be set; each other key is reported.
 */
@RuleInfo(
    id = "DL3050",
    name = "no-extra-labels",
    severity = LintSeverity.INFO,
    summary = "Superfluous label(s) present.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3050",
    source = RuleSource.HADOLINT)
public final class DL3050 extends InstructionRule {

  static final String MESSAGE = "Superfluous label(s) present.";

  @Override
  public Void visitLabel(Label label, LintContext context) {
    if (!context.config().strictLabels()) {
      return null;
    }
    for (KeyValue pair : label.pairs()) {
      if (!context.config().labelSchema().containsKey(LabelValues.key(context, label, pair))) {
        context.report(pair.key().range(), MESSAGE);
      }
    }
    return null;
  }
}
