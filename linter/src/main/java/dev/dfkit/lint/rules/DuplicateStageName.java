package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.dump.GoQuote;
import java.util.HashSet;
import java.util.Set;

/**
 * BuildKit's DuplicateStageName: two stages with the same name (compared in lower case, as BuildKit
 * does); every stage after the first of that name is reported, at its name.
 */
@RuleInfo(
    id = "DuplicateStageName",
    name = "duplicate-stage-name",
    severity = LintSeverity.WARNING,
    summary = "Stage names should be unique",
    url = "https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/",
    source = RuleSource.BUILDKIT)
public final class DuplicateStageName implements Rule {

  @Override
  public void check(LintContext context) {
    Set<String> seen = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      if (stage.name().isEmpty() || stage.name().get().isEmpty()) {
        continue;
      }
      String name = stage.name().get();
      if (!seen.add(name)) {
        context.report(
            stage.from().stageNameWord().orElse(stage.base()).range(),
            "Duplicate stage name " + GoQuote.quote(name) + ", stage names should be unique");
      }
    }
  }
}
