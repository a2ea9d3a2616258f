package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.config.LabelType;
import java.util.regex.Pattern;

/**
 * hadolint DL3058: a label of type {@code email} in the schema must hold an RFC 5322 address
 * ({@code local@domain}, without a display name). A value written with variables is checked when
 * its value is known.
 */
@RuleInfo(
    id = "DL3058",
    name = "label-is-email",
    severity = LintSeverity.WARNING,
    summary = "Label `<label>` is not a valid email format - must conform to RFC5322.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3058",
    source = RuleSource.HADOLINT)
public final class DL3058 extends LabelValues {

  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String DOT_ATOM = ATOM + "(\\." + ATOM + ")*";

  /** RFC 5322 addr-spec: dot-atom or quoted local part, dot-atom or literal domain. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "("
              + DOT_ATOM
              + "|\"([^\"\\\\\\r\\n]|\\\\.)*\")@("
              + DOT_ATOM
              + "|\\[[^\\[\\]\\\\\\r\\n]*\\])");

  @Override
  LabelType type() {
    return LabelType.EMAIL;
  }

  @Override
  boolean valid(String value) {
    return EMAIL.matcher(value).matches();
  }

  @Override
  String message(String label) {
    return "Label `" + label + "` is not a valid email format - must conform to RFC5322.";
  }
}
