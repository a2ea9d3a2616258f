package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;

/**
 * hadolint DL4003: only the last CMD of a stage takes effect; each CMD after the first is reported.
 */
@RuleInfo(
    id = "DL4003",
    name = "single-cmd",
    severity = LintSeverity.WARNING,
    summary =
        "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect",
    url = "https://github.com/hadolint/hadolint/wiki/DL4003",
    source = RuleSource.HADOLINT,
    sameAs = "MultipleInstructionsDisallowed")
public final class DL4003 implements Rule {

  static final String MESSAGE =
      "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect";

  @Override
  public void check(LintContext context) {
    boolean seen = false;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        seen = false;
      } else if (i instanceof Cmd) {
        if (seen) {
          context.report(i.keyword().range(), MESSAGE);
        }
        seen = true;
      }
    }
  }
}
