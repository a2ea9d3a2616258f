package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.TextEdit;
import java.util.Locale;

/**
 * BuildKit's FromAsCasing: {@code AS} should be written in the case of {@code FROM}. A keyword of
 * mixed case is left to ConsistentInstructionCasing, as BuildKit does.
 */
@RuleInfo(
    id = "FromAsCasing",
    name = "from-as-casing",
    severity = LintSeverity.WARNING,
    summary = "The 'as' keyword should match the case of the 'from' keyword",
    url = "https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class FromAsCasing extends InstructionRule {

  @Override
  public Void visitFrom(From from, LintContext context) {
    if (from.syntax().arguments().size() < 3) {
      return null;
    }
    String keyword = from.keyword().text();
    boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
    boolean upper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
    if (!lower && !upper) {
      return null;
    }
    Word as = from.syntax().arguments().get(1);
    String wanted =
        lower ? as.value().toLowerCase(Locale.ROOT) : as.value().toUpperCase(Locale.ROOT);
    if (as.value().equals(wanted)) {
      return null;
    }
    String message = "'" + as.value() + "' and '" + keyword + "' keywords' casing do not match";
    if (as.value().equalsIgnoreCase("as")) {
      context.report(
          as.range(),
          message,
          Fix.of(
              "write '" + wanted + "' like '" + keyword + "'", new TextEdit(as.range(), wanted)));
    } else {
      context.report(as.range(), message);
    }
    return null;
  }
}
