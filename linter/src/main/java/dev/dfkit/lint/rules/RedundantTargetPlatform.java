package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.semantic.StageBase;
import java.util.Objects;
import java.util.Set;

/**
 * BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM} asks for what FROM
 * does anyway. As in BuildKit, it fires when TARGETPLATFORM is the only variable the value uses and
 * the value is exactly TARGETPLATFORM's. No fix: without {@code --platform} BuildKit may pick the
 * platform from the image when none was requested, so removing it is not strictly the same.
 */
@RuleInfo(
    id = "RedundantTargetPlatform",
    name = "redundant-target-platform",
    severity = LintSeverity.WARNING,
    summary =
        "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default"
            + " behavior",
    url = "https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/",
    source = RuleSource.BUILDKIT)
public final class RedundantTargetPlatform implements Rule {

  @Override
  public void check(LintContext context) {
    String target = context.variables().global().get("TARGETPLATFORM");
    for (Stage stage : context.dockerfile().stages()) {
      StageBase base = context.variables().base(stage);
      Flag flag = stage.from().fromFlags().platform().orElse(null);
      if (base == null || flag == null || base.platform().isEmpty()) {
        continue;
      }
      ExpandedWord platform = base.platform().get();
      if (platform.matched().equals(Set.of("TARGETPLATFORM"))
          && platform.unmatched().isEmpty()
          && Objects.equals(platform.value().orElse(null), target)) {
        context.report(
            flag.valueRange(),
            "Setting platform to predefined "
                + flag.value()
                + " in FROM is redundant as this is the default behavior");
      }
    }
  }
}
