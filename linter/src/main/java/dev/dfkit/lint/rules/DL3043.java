package dev.dfkit.lint.rules;

import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.ast.Onbuild;

/** hadolint DL3043: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER. */
@RuleInfo(
    id = "DL3043",
    name = "no-onbuild-onbuild-from-maintainer",
    severity = LintSeverity.ERROR,
    summary = "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3043",
    source = RuleSource.HADOLINT)
public final class DL3043 extends InstructionRule {

  static final String MESSAGE =
      "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.";

  @Override
  public Void visitOnbuild(Onbuild onbuild, LintContext context) {
    onbuild
        .trigger()
        .filter(t -> t instanceof Onbuild || t instanceof From || t instanceof Maintainer)
        .ifPresent(t -> context.report(t.keyword().range(), MESSAGE));
    return null;
  }
}
