package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * hadolint DL3052: a label of type {@code url} in the schema must hold an absolute URL (with a
 * scheme). A value written with variables is checked when its value is known.
 */
@RuleInfo(
    id = "DL3052",
    name = "label-is-url",
    severity = LintSeverity.WARNING,
    summary = "Label `<label>` is not a valid URL.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3052",
    source = RuleSource.HADOLINT)
public final class DL3052 extends LabelValues {

  static boolean isUrl(String value) {
    try {
      return new URI(value).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  LabelType type() {
    return LabelType.URL;
  }

  @Override
  boolean valid(String value) {
    return isUrl(value);
  }

  @Override
  String message(String label) {
    return "Label `" + label + "` is not a valid URL.";
  }
}
