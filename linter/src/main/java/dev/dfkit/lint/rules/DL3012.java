package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Instruction;

/** hadolint DL3012: a stage has one health check; each HEALTHCHECK after the first is reported. */
@RuleInfo(
    id = "DL3012",
    name = "single-healthcheck",
    severity = LintSeverity.ERROR,
    summary = "Multiple `HEALTHCHECK` instructions",
    url = "https://github.com/hadolint/hadolint/wiki/DL3012",
    source = RuleSource.HADOLINT,
    sameAs = "MultipleInstructionsDisallowed")
public final class DL3012 implements Rule {

  static final String MESSAGE = "Multiple `HEALTHCHECK` instructions";

  @Override
  public void check(LintContext context) {
    boolean seen = false;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        seen = false;
      } else if (i instanceof Healthcheck) {
        if (seen) {
          context.report(i.keyword().range(), MESSAGE);
        }
        seen = true;
      }
    }
  }
}
