package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import java.util.regex.Pattern;

/**
 * hadolint DL3048: label keys follow Docker's guidelines: lower-case letters, digits, {@code .},
 * {@code -}, {@code _} and {@code /}; starting with a letter and ending with a letter or digit; no
 * {@code ..} or {@code --}; not in the namespaces Docker reserves ({@code com.docker.}, {@code
 * io.docker.}, {@code org.dockerproject.}). A key written with variables is checked as the build
 * would expand it when that is known, else as written.
 */
@RuleInfo(
    id = "DL3048",
    name = "valid-label-key",
    severity = LintSeverity.STYLE,
    summary = "Invalid label key.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3048",
    source = RuleSource.HADOLINT)
public final class DL3048 extends InstructionRule {

  static final String MESSAGE = "Invalid label key.";

  private static final Pattern VALID = Pattern.compile("[a-z]([a-z0-9._/-]*[a-z0-9])?");

  @Override
  public Void visitLabel(Label label, LintContext context) {
    for (KeyValue pair : label.pairs()) {
      String key = LabelValues.key(context, label, pair);
      if (!valid(key)) {
        context.report(pair.key().range(), MESSAGE);
      }
    }
    return null;
  }

  static boolean valid(String key) {
    return VALID.matcher(key).matches()
        && !key.contains("..")
        && !key.contains("--")
        && !key.startsWith("com.docker.")
        && !key.startsWith("io.docker.")
        && !key.startsWith("org.dockerproject.");
  }
}
