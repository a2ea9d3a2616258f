package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.script.ShellOperator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * hadolint DL4006: a pipeline's status is that of its last command, so {@code curl ... | tar x}
 * succeeds even when the download fails, unless the shell runs with {@code -o pipefail}. A RUN with
 * a pipe is reported at its first {@code |} unless the stage's SHELL is bash, zsh, ash, ksh or mksh
 * with {@code -o pipefail} (plain {@code sh} may not have the option), or a non-POSIX shell
 * (PowerShell, cmd) where the rule does not apply. hadolint forgets the SHELL at each FROM; here a
 * stage built on an earlier one keeps that stage's SHELL, as the build does. A script that runs
 * {@code set -o pipefail} before its first pipe is fine too.
 */
@RuleInfo(
    id = "DL4006",
    name = "pipefail",
    severity = LintSeverity.WARNING,
    summary =
        "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in"
            + " an alpine image or if your shell is symlinked to busybox then consider explicitly"
            + " setting your SHELL to /bin/ash, or disable this check",
    url = "https://github.com/hadolint/hadolint/wiki/DL4006",
    source = RuleSource.HADOLINT)
public final class DL4006 implements Rule {

  static final String MESSAGE =
      "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in"
          + " an alpine image or if your shell is symlinked to busybox then consider explicitly"
          + " setting your SHELL to /bin/ash, or disable this check";

  private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");
  private static final List<String> NON_POSIX = List.of("pwsh", "powershell", "cmd");

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    Map<Stage, Boolean> safeAtEnd = new IdentityHashMap<>();
    for (Stage stage : context.dockerfile().stages()) {
      boolean safe =
          StageChain.parent(context, stage)
              .map(p -> safeAtEnd.getOrDefault(p, false))
              .orElse(false);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Shell shell) {
          safe = safe(shell.shell());
        } else if (i instanceof Run run && !safe) {
          check(context, scripts.of(run));
        }
      }
      safeAtEnd.put(stage, safe);
    }
  }

  private static void check(LintContext context, RunScript run) {
    Optional<ShellOperator> pipe = run.firstPipe();
    if (pipe.isEmpty()) {
      return;
    }
    int at = pipe.get().range().startOffset();
    boolean setBefore =
        run.commands().stream()
            .anyMatch(
                c ->
                    c.is("set")
                        && c.hasFlag("o")
                        && c.hasArg("pipefail")
                        && c.nameRange().startOffset() < at);
    if (!setBefore) {
      context.report(pipe.get().range(), MESSAGE);
    }
  }

  /** True when the shell fails a pipeline that fails, or is not a POSIX shell at all. */
  private static boolean safe(List<Word> shell) {
    if (shell.isEmpty()) {
      return false;
    }
    String program = shell.get(0).value();
    program = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
    String lower = program.toLowerCase(Locale.ROOT);
    if (NON_POSIX.stream().anyMatch(lower::startsWith)) {
      return true;
    }
    if (!PIPEFAIL_SHELLS.contains(program)) {
      return false;
    }
    boolean o = false;
    boolean pipefail = false;
    for (Word w : shell.subList(1, shell.size())) {
      String v = w.value();
      o |= v.startsWith("-") && !v.startsWith("--") && v.indexOf('o') > 0;
      pipefail |= v.equals("pipefail");
    }
    return o && pipefail;
  }
}
