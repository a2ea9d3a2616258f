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

/** BuildKit's StageNameCasing: stage names compare in lower case, so write them that way. */
@RuleInfo(
    id = "StageNameCasing",
    name = "stage-name-casing",
    severity = LintSeverity.WARNING,
    summary = "Stage names should be lowercase",
    url = "https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class StageNameCasing extends InstructionRule {

  @Override
  public Void visitFrom(From from, LintContext context) {
    if (from.syntax().arguments().size() != 3) {
      return null;
    }
    Word name = from.syntax().arguments().get(2);
    String lower = name.value().toLowerCase(Locale.ROOT);
    if (!name.value().equals(lower)) {
      context.report(
          name.range(),
          "Stage name '" + name.value() + "' should be lowercase",
          Fix.of("lower-case the stage name", new TextEdit(name.range(), lower)));
    }
    return null;
  }
}
