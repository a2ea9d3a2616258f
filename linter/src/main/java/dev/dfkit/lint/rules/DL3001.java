package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import java.util.Set;

/**
 * hadolint DL3001: commands for an interactive machine (an editor, a process viewer, a service
 * manager, a remote shell) make no sense while building an image. Each such command is reported at
 * its name, inside substitutions and heredoc scripts too. As well as hadolint's list, {@code
 * ifconfig} (which its message names) and {@code nano} are reported.
 */
@RuleInfo(
    id = "DL3001",
    name = "no-interactive-commands",
    severity = LintSeverity.INFO,
    summary =
        "For some bash commands it makes no sense running them in a Docker container like `ssh`,"
            + " `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`",
    url = "https://github.com/hadolint/hadolint/wiki/DL3001",
    source = RuleSource.HADOLINT)
public final class DL3001 extends RunRule {

  static final String MESSAGE =
      "For some bash commands it makes no sense running them in a Docker container like `ssh`,"
          + " `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`";

  private static final Set<String> COMMANDS =
      Set.of(
          "free",
          "ifconfig",
          "kill",
          "mount",
          "nano",
          "ps",
          "service",
          "shutdown",
          "ssh",
          "top",
          "vim");

  @Override
  void checkRun(LintContext context, RunScript run) {
    for (RunCommand c : run.commands()) {
      if (COMMANDS.contains(c.name())) {
        context.report(c.nameRange(), MESSAGE);
      }
    }
  }
}
