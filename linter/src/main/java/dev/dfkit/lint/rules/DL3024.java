package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;
import java.util.HashSet;
import java.util.Set;

/**
 * hadolint DL3024: two stages with one name (compared case-insensitively, as BuildKit does); each
 * repeat is reported at its name.
 */
@RuleInfo(
    id = "DL3024",
    name = "unique-stage-names",
    severity = LintSeverity.ERROR,
    summary = "FROM aliases (stage names) must be unique",
    url = "https://github.com/hadolint/hadolint/wiki/DL3024",
    source = RuleSource.HADOLINT,
    sameAs = "DuplicateStageName")
public final class DL3024 implements Rule {

  static final String MESSAGE = "FROM aliases (stage names) must be unique";

  @Override
  public void check(LintContext context) {
    Set<String> seen = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      if (stage.name().isPresent() && !seen.add(stage.name().get())) {
        context.report(stage.from().stageNameWord().get().range(), MESSAGE);
      }
    }
  }
}
