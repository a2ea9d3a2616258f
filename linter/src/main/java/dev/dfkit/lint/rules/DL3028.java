package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.lint.rules.RunCommand.Argument;

/**
 * hadolint DL3028: {@code gem install <gem>} without a version installs whatever rubygems.org has
 * that day. Each gem of a {@code gem install} (or {@code gem i}) without {@code :version} is
 * reported at its word; a command that gives {@code -v}/{@code --version} is left alone. As in
 * hadolint, words after {@code --} are build options, and an option is taken to consume the word
 * after it ({@code --no-document rails} is read as an option and its value) unless it is written
 * {@code --name=value}. A {@code .gem} file is versioned by its name (hadolint reports it).
 */
@RuleInfo(
    id = "DL3028",
    name = "pin-gem-versions",
    severity = LintSeverity.WARNING,
    summary =
        "Pin versions in gem install. Instead of `gem install <gem>` use `gem install"
            + " <gem>:<version>`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3028",
    source = RuleSource.HADOLINT)
public final class DL3028 extends RunRule {

  static final String MESSAGE =
      "Pin versions in gem install. Instead of `gem install <gem>` use `gem install"
          + " <gem>:<version>`";

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.named("gem")) {
      if (!c.hasArg("install", "i")
          || c.hasArg("-v", "--version")
          || c.hasArgStartingWith("--version=")) {
        continue;
      }
      boolean skipNext = false;
      for (Argument a : c.arguments()) {
        if (a.is("--")) {
          break;
        }
        if (skipNext) {
          skipNext = false;
          continue;
        }
        if (a.startsWith("-")) {
          skipNext = !(a.startsWith("--") && a.value().get().contains("="));
          continue;
        }
        if (a.value().isPresent()
            && !a.is("install")
            && !a.is("i")
            && !a.value().get().contains(":")
            && !a.value().get().endsWith(".gem")) {
          report(context, a, MESSAGE);
        }
      }
    }
  }
}
