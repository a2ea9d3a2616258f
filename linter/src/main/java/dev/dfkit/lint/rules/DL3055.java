package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;

/**
 * hadolint DL3055: a label of type {@code hash} in the schema must hold a git commit hash: 7 or 40
 * lower-case hex digits. A value written with variables is checked when its value is known.
 */
@RuleInfo(
    id = "DL3055",
    name = "label-is-git-hash",
    severity = LintSeverity.WARNING,
    summary = "Label `<label>` is not a valid git hash.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3055",
    source = RuleSource.HADOLINT)
public final class DL3055 extends LabelValues {

  @Override
  LabelType type() {
    return LabelType.HASH;
  }

  @Override
  boolean valid(String value) {
    return value.matches("[0-9a-f]{7}|[0-9a-f]{40}");
  }

  @Override
  String message(String label) {
    return "Label `" + label + "` is not a valid git hash.";
  }
}
