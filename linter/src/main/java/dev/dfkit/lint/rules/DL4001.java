package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * hadolint DL4001: wget and curl do the same job; using both in one stage means installing and
 * updating two tools. From the first RUN of a stage that has used both, each RUN using either is
 * reported once, at the first wget or curl that completes the pair. ONBUILD triggers are checked
 * among themselves.
 */
@RuleInfo(
    id = "DL4001",
    name = "wget-or-curl",
    severity = LintSeverity.WARNING,
    summary = "Either use Wget or Curl but not both",
    url = "https://github.com/hadolint/hadolint/wiki/DL4001",
    source = RuleSource.HADOLINT)
public final class DL4001 implements Rule {

  static final String MESSAGE = "Either use Wget or Curl but not both";

  @Override
  public void check(LintContext context) {
    RunScripts scripts = RunScripts.of(context);
    Set<String> used = new HashSet<>();
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        used.clear();
      } else if (i instanceof Run run) {
        check(context, scripts.of(run), used);
      }
    }
    Set<String> byTriggers = new HashSet<>();
    for (RunScript trigger : scripts.triggers()) {
      check(context, trigger, byTriggers);
    }
  }

  private static void check(LintContext context, RunScript run, Set<String> used) {
    boolean reported = false;
    for (RunCommand c : run.commands()) {
      if (List.of("curl", "wget").contains(c.name())) {
        used.add(c.name());
        if (used.size() == 2 && !reported) {
          context.report(c.nameRange(), MESSAGE);
          reported = true;
        }
      }
    }
  }
}
