package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;

/**
 * hadolint DL3046: {@code useradd} records the new user in {@code /var/log/lastlog} and {@code
 * faillog}, sparse files sized by the highest UID; in an image layer they are stored in full, so a
 * large UID makes a large image. Each {@code useradd} with a UID of more than five digits ({@code
 * -u}, {@code --uid}) and without {@code -l}/{@code --no-log-init} is reported at its name. A UID
 * given by a variable is judged by its ARG/ENV value; a value the file does not give is not
 * reported.
 */
@RuleInfo(
    id = "DL3046",
    name = "useradd-no-log-init",
    severity = LintSeverity.WARNING,
    summary = "`useradd` without flag `-l` and high UID will result in excessively large Image.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3046",
    source = RuleSource.HADOLINT)
public final class DL3046 extends RunRule {

  static final String MESSAGE =
      "`useradd` without flag `-l` and high UID will result in excessively large Image.";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("useradd")) {
      if (c.hasFlag("l", "no-log-init")) {
        continue;
      }
      boolean highUid =
          c.flagValues("u", "uid").stream()
              .anyMatch(uid -> uid.value().map(v -> v.length() > 5).orElse(false));
      if (highUid) {
        context.report(c.nameRange(), MESSAGE);
      }
    }
  }
}
