package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Word;

/**
 * hadolint DL3067: {@code COPY --from=stage / /} copies a whole filesystem over another one, with
 * everything the other stage left behind; copy what the image needs instead. Reported at the {@code
 * /} source.
 */
@RuleInfo(
    id = "DL3067",
    name = "no-copy-whole-filesystem",
    severity = LintSeverity.WARNING,
    summary = "Do not copy an entire filesystem from another stage",
    url = "https://github.com/hadolint/hadolint/wiki/DL3067",
    source = RuleSource.HADOLINT)
public final class DL3067 extends InstructionRule {

  static final String MESSAGE = "Do not copy an entire filesystem from another stage";

  @Override
  public Void visitCopy(Copy copy, LintContext context) {
    if (copy.copyFlags().from().isEmpty()
        || !WordValues.literal(context, copy.destination()).equals("/")) {
      return null;
    }
    for (Word source : copy.sources()) {
      if (WordValues.literal(context, source).equals("/")) {
        context.report(source.range(), MESSAGE);
      }
    }
    return null;
  }
}
