package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;
import java.util.Set;

/**
 * hadolint DL3018: {@code apk add <package>} without a version installs whatever the repository has
 * that day. Each package of an {@code apk add} without a version constraint ({@code =}, {@code ~},
 * {@code >}, {@code <}) is reported at its word; a local {@code .apk} file is fine. The values of
 * {@code -t}/{@code --virtual}, {@code -X}/{@code --repository} (and of {@code -p}/{@code --root},
 * {@code --repositories-file}, {@code --arch}, {@code --cache-dir}, {@code --keys-dir}) are not
 * packages.
 */
@RuleInfo(
    id = "DL3018",
    name = "pin-apk-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3018",
    source = RuleSource.HADOLINT)
public final class DL3018 extends RunRule {

  static final String MESSAGE =
      "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`";

  private static final Set<String> VALUED =
      Set.of(
          "t",
          "virtual",
          "X",
          "repository",
          "p",
          "root",
          "repositories-file",
          "arch",
          "cache-dir",
          "keys-dir");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("apk")) {
      if (!c.hasArg("add")) {
        continue;
      }
      for (Argument p : c.operands(VALUED)) {
        if (p.value().isPresent() && !p.is("add") && !pinned(p.value().get())) {
          report(context, p, MESSAGE);
        }
      }
    }
  }

  private static boolean pinned(String p) {
    return p.contains("=")
        || p.contains("~")
        || p.contains(">")
        || p.contains("<")
        || p.endsWith(".apk");
  }
}
