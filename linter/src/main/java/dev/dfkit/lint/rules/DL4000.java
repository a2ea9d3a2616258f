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
 * hadolint DL4000: MAINTAINER is deprecated. The fix replaces it with the OCI label {@code
 * org.opencontainers.image.authors} holding the same text, quoted so that LABEL (which expands
 * variables) keeps it as written.
 */
@RuleInfo(
    id = "DL4000",
    name = "maintainer-deprecated",
    severity = LintSeverity.ERROR,
    summary = "MAINTAINER is deprecated",
    url = "https://github.com/hadolint/hadolint/wiki/DL4000",
    source = RuleSource.HADOLINT,
    sameAs = "MaintainerDeprecated",
    fixable = true)
public final class DL4000 extends InstructionRule {

  static final String MESSAGE = "MAINTAINER is deprecated";

  @Override
  public Void visitMaintainer(Maintainer maintainer, LintContext context) {
    String keyword = maintainer.keyword().text();
    String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
    String text =
        label
            + " org.opencontainers.image.authors="
            + quote(maintainer.maintainer().value(), context.dockerfile().escape());
    context.report(
        maintainer.keyword().range(),
        MESSAGE,
        Fix.of(
            "use the org.opencontainers.image.authors label",
            new TextEdit(maintainer.range(), text)));
    return null;
  }

  /** A double-quoted word whose value is {@code text}: quotes, {@code $} and escapes escaped. */
  static String quote(String text, char escape) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '$' || c == escape) {
        out.append(escape);
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
