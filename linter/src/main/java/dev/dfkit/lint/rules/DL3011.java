package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Word;
import java.util.regex.Pattern;

/**
 * hadolint DL3011: an EXPOSE port (or either end of a port range) above 65535. Ports written with
 * variables are not known before the build and are skipped; words that are not ports at all are
 * left to the syntax checks.
 */
@RuleInfo(
    id = "DL3011",
    name = "valid-port-range",
    severity = LintSeverity.ERROR,
    summary = "Valid UNIX ports range from 0 to 65535",
    url = "https://github.com/hadolint/hadolint/wiki/DL3011",
    source = RuleSource.HADOLINT)
public final class DL3011 extends InstructionRule {

  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

  static final String MESSAGE = "Valid UNIX ports range from 0 to 65535";

  @Override
  public Void visitExpose(Expose expose, LintContext context) {
    for (Word port : expose.ports()) {
      String text = WordValues.literal(context, port);
      if (text.contains("$")) {
        continue;
      }
      int slash = text.indexOf('/');
      String numbers = slash < 0 ? text : text.substring(0, slash);
      for (String n : numbers.split("-", -1)) {
        if (!n.isEmpty() && n.chars().allMatch(Character::isDigit) && tooLarge(n)) {
          context.report(port.range(), MESSAGE);
          break;
        }
      }
    }
    return null;
  }

  private static boolean tooLarge(String digits) {
    String n = LEADING_ZEROS.matcher(digits).replaceFirst("");
    return n.length() > 5 || Integer.parseInt(n) > 65535;
  }
}
