package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * hadolint DL3053: a label of type {@code rfc3339} in the schema must hold an RFC 3339 date-time
 * ({@code 2024-05-01T12:00:00Z}, fractions and offsets allowed). A value written with variables is
 * checked when its value is known.
 */
@RuleInfo(
    id = "DL3053",
    name = "label-is-rfc3339",
    severity = LintSeverity.WARNING,
    summary = "Label `<label>` is not a valid time format - must conform to RFC3339.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3053",
    source = RuleSource.HADOLINT)
public final class DL3053 extends LabelValues {

  private static final Pattern RFC3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  static boolean isRfc3339(String value) {
    if (!RFC3339.matcher(value).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  @Override
  LabelType type() {
    return LabelType.RFC3339;
  }

  @Override
  boolean valid(String value) {
    return isRfc3339(value);
  }

  @Override
  String message(String label) {
    return "Label `" + label + "` is not a valid time format - must conform to RFC3339.";
  }
}
