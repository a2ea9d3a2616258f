package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Stage;

/**
 * hadolint DL3060: {@code yarn install} fills yarn's cache, which stays in the layer unless the
 * same RUN cleans it. A RUN whose last {@code yarn install} is not followed by {@code yarn cache
 * clean} is reported at that {@code yarn}, unless a cache or tmpfs mount covers {@code
 * .cache/yarn}. As in hadolint (and DL3009), only the last stage and stages other stages are built
 * FROM count; ONBUILD triggers are always checked.
 */
@RuleInfo(
    id = "DL3060",
    name = "yarn-cache-clean",
    severity = LintSeverity.INFO,
    summary = "`yarn cache clean` missing after `yarn install` was run.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3060",
    source = RuleSource.HADOLINT)
public final class DL3060 implements Rule {

  static final String MESSAGE = "`yarn cache clean` missing after `yarn install` was run.";

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    for (Stage stage : context.dockerfile().stages()) {
      if (!DL3009.inImage(context, stage)) {
        continue;
      }
      for (Instruction i : stage.instructions()) {
        if (i instanceof Run run) {
          check(context, scripts.of(run));
        }
      }
    }
    for (RunScript trigger : scripts.triggers()) {
      check(context, trigger);
    }
  }

  private static void check(LintContext context, RunScript run) {
    if (run.mountsCacheAt(".cache/yarn")) {
      return;
    }
    run.installWithoutCleanup(
            c -> c.is("yarn") && c.hasArg("install"),
            c -> c.is("yarn") && c.hasArg("cache") && c.hasArg("clean"))
        .ifPresent(c -> context.report(c.nameRange(), MESSAGE));
  }
}
