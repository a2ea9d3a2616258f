package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;

/**
 * hadolint DL3051: a label of the schema ({@code labelSchema}) set to the empty string. A value
 * written with variables is checked when its value is known.
 */
@RuleInfo(
    id = "DL3051",
    name = "label-not-empty",
    severity = LintSeverity.WARNING,
    summary = "label `<label>` is empty.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3051",
    source = RuleSource.HADOLINT)
public final class DL3051 extends LabelValues {

  @Override
  LabelType type() {
    return null;
  }

  @Override
  boolean valid(String value) {
    return !value.isEmpty();
  }

  @Override
  String message(String label) {
    return "label `" + label + "` is empty.";
  }
}
