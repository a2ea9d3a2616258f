package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;

/**
 * hadolint DL4004: only the last ENTRYPOINT of a stage takes effect; each ENTRYPOINT after the
 * first is reported.
 */
@RuleInfo(
    id = "DL4004",
    name = "single-entrypoint",
    severity = LintSeverity.ERROR,
    summary =
        "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect",
    url = "https://github.com/hadolint/hadolint/wiki/DL4004",
    source = RuleSource.HADOLINT,
    sameAs = "MultipleInstructionsDisallowed")
public final class DL4004 implements Rule {

  static final String MESSAGE =
      "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect";

  @Override
  public void check(LintContext context) {
    boolean seen = false;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        seen = false;
      } else if (i instanceof Entrypoint) {
        if (seen) {
          context.report(i.keyword().range(), MESSAGE);
        }
        seen = true;
      }
    }
  }
}
