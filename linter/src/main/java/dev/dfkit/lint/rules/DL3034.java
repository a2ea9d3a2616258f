package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL3034: without a non-interactive switch, {@code zypper} stops to ask for confirmation,
 * which a build cannot answer. Each {@code zypper install}, {@code in}, {@code remove}, {@code rm},
 * {@code source-install}, {@code si} or {@code patch} without {@code -n}/{@code --non-interactive}
 * or {@code -y}/{@code --no-confirm} is reported at {@code zypper}. The fix inserts {@code -y}
 * after {@code install}/{@code in}/{@code remove}/{@code rm} (which take it), and the global {@code
 * --non-interactive} after {@code zypper} for the other subcommands.
 */
@RuleInfo(
    id = "DL3034",
    name = "zypper-non-interactive",
    severity = LintSeverity.WARNING,
    summary = "Non-interactive switch missing from `zypper` command: `zypper install -y`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3034",
    source = RuleSource.HADOLINT,
    fixable = true)
public final class DL3034 extends RunRule {

  static final String MESSAGE =
      "Non-interactive switch missing from `zypper` command: `zypper install -y`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("zypper")) {
      Optional<Argument> subcommand =
          c.firstArg("install", "in", "remove", "rm", "source-install", "si", "patch");
      if (subcommand.isEmpty() || c.hasFlag("non-interactive", "n", "no-confirm", "y")) {
        continue;
      }
      Argument sub = subcommand.get();
      report(
          context,
          c,
          MESSAGE,
          sub.isAny(Set.of("install", "in", "remove", "rm"))
              ? insertAfter(sub, "-y")
              : insertAfter(c.nameWord(), "--non-interactive"));
    }
  }
}
