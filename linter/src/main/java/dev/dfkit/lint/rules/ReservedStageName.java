package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.dump.GoQuote;
import java.util.Set;

/**
 * BuildKit's ReservedStageName: {@code scratch} and {@code context} already mean something where a
 * stage name is expected ({@code FROM scratch}, {@code --from=context} of a named context).
 */
@RuleInfo(
    id = "ReservedStageName",
    name = "reserved-stage-name",
    severity = LintSeverity.WARNING,
    summary = "Reserved words should not be used as stage names",
    url = "https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/",
    source = RuleSource.BUILDKIT)
public final class ReservedStageName implements Rule {

  private static final Set<String> RESERVED = Set.of("context", "scratch");

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.dockerfile().stages()) {
      if (stage.name().isPresent() && RESERVED.contains(stage.name().get())) {
        context.report(
            stage.from().stageNameWord().orElse(stage.base()).range(),
            "Stage name should not use the same name as reserved stage "
                + GoQuote.quote(stage.name().get()));
      }
    }
  }
}
