package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;
import java.util.regex.Pattern;

/**
 * hadolint DL3056: a label of type {@code semver} in the schema must hold a Semantic Versioning
 * 2.0.0 version ({@code 1.2.3}, {@code 2.0.1-rc.1+build.5}; no leading {@code v}). A value written
 * with variables is checked when its value is known.
 */
@RuleInfo(
    id = "DL3056",
    name = "label-is-semver",
    severity = LintSeverity.WARNING,
    summary = "Label `<label>` does not conform to semantic versioning.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3056",
    source = RuleSource.HADOLINT)
public final class DL3056 extends LabelValues {

  /** The grammar of semver.org, version 2.0.0. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(-(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?"
              + "(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?");

  @Override
  LabelType type() {
    return LabelType.SEMVER;
  }

  @Override
  boolean valid(String value) {
    return SEMVER.matcher(value).matches();
  }

  @Override
  String message(String label) {
    return "Label `" + label + "` does not conform to semantic versioning.";
  }
}
