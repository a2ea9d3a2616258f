package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.source.TextEdit;
import java.util.Locale;

/**
 * BuildKit's MaintainerDeprecated. The fix writes the same author as the OCI label {@code
 * org.opencontainers.image.authors}: MAINTAINER takes its text as is, a label value is expanded and
 * unquoted, so the value goes in double quotes with {@code "}, {@code $} and the escape character
 * escaped.
 */
@RuleInfo(
    id = "MaintainerDeprecated",
    name = "maintainer-deprecated",
    severity = LintSeverity.WARNING,
    summary =
        "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
    url = "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class MaintainerDeprecated extends InstructionRule {

  static final String AUTHORS = "org.opencontainers.image.authors";

  @Override
  public Void visitMaintainer(Maintainer maintainer, LintContext context) {
    String message = "Maintainer instruction is deprecated in favor of using label";
    if (maintainer.syntax().isMultiLine() || !maintainer.syntax().heredocs().isEmpty()) {
      context.report(maintainer.keyword().range(), message);
      return null;
    }
    String keyword = maintainer.keyword().text();
    String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
    char escape = context.dockerfile().escape();
    StringBuilder value = new StringBuilder("\"");
    for (char c : maintainer.maintainer().value().toCharArray()) {
      if (c == '"' || c == '$' || c == escape) {
        value.append(escape);
      }
      value.append(c);
    }
    value.append('"');
    context.report(
        maintainer.keyword().range(),
        message,
        Fix.of(
            "replace with the " + AUTHORS + " label",
            new TextEdit(maintainer.range(), label + " " + AUTHORS + "=" + value)));
    return null;
  }
}
