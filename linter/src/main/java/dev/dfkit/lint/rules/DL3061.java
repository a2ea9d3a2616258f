package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;

/**
 * hadolint DL3061: before the first FROM only ARG may appear (and comments and parser directives);
 * each other instruction there is reported.
 */
@RuleInfo(
    id = "DL3061",
    name = "from-first",
    severity = LintSeverity.ERROR,
    summary = "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3061",
    source = RuleSource.HADOLINT)
public final class DL3061 implements Rule {

  static final String MESSAGE =
      "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.";

  @Override
  public void check(LintContext context) {
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        return;
      }
      if (!(i instanceof Arg)) {
        context.report(i.keyword().range(), MESSAGE);
      }
    }
  }
}
