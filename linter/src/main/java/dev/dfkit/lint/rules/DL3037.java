package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.Set;

/**
 * hadolint DL3037: {@code zypper install <package>} without a version installs whatever the
 * repository has that day. Each package of a {@code zypper install} ({@code in}) without a version
 * constraint ({@code =}, {@code >=}, {@code >}, {@code <=}, {@code <}) is reported at its word; an
 * {@code .rpm} file is fine. The values of {@code -t}/{@code --type}, {@code -r}/{@code --repo} and
 * {@code --from} are not packages.
 */
@RuleInfo(
    id = "DL3037",
    name = "pin-zypper-versions",
    severity = LintSeverity.WARNING,
    summary = "Specify version with `zypper install -y <package>=<version>`.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3037",
    source = RuleSource.HADOLINT)
public final class DL3037 extends RunRule {

  static final String MESSAGE = "Specify version with `zypper install -y <package>=<version>`.";

  private static final Set<String> VALUED = Set.of("t", "type", "r", "repo", "from");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("zypper")) {
      if (!c.hasArg("install", "in")) {
        continue;
      }
      for (Argument p : c.operands(VALUED)) {
        if (p.value().isEmpty() || p.is("install") || p.is("in")) {
          continue;
        }
        String v = p.value().get();
        if (!v.contains("=") && !v.contains(">") && !v.contains("<") && !v.endsWith(".rpm")) {
          report(context, p, MESSAGE);
        }
      }
    }
  }
}
