package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.ast.Workdir;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * hadolint DL3045: a relative COPY destination lands in the working directory, which is the base
 * image's unless a WORKDIR above it in the stage, or in a stage it builds on, sets it. Absolute
 * destinations (also Windows {@code c:\...}) and destinations starting with a variable are fine.
 */
@RuleInfo(
    id = "DL3045",
    name = "copy-relative-needs-workdir",
    severity = LintSeverity.WARNING,
    summary = "`COPY` to a relative destination without `WORKDIR` set.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3045",
    source = RuleSource.HADOLINT)
public final class DL3045 implements Rule {

  static final String MESSAGE = "`COPY` to a relative destination without `WORKDIR` set.";

  @Override
  public void check(LintContext context) {
    boolean workdir = false;
    for (Instruction i : context.dockerfile().instructions()) {
      if (i instanceof From) {
        break;
      } else if (i instanceof Workdir) {
        workdir = true;
      } else if (i instanceof Copy copy && !workdir && relative(context, copy)) {
        context.report(copy.destination().range(), MESSAGE);
      }
    }
    Map<Stage, Boolean> workdirSet = new IdentityHashMap<>();
    for (Stage stage : context.dockerfile().stages()) {
      workdir =
          StageChain.parent(context, stage)
              .map(p -> workdirSet.getOrDefault(p, false))
              .orElse(false);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Workdir) {
          workdir = true;
        } else if (i instanceof Copy copy && !workdir && relative(context, copy)) {
          context.report(copy.destination().range(), MESSAGE);
        }
      }
      workdirSet.put(stage, workdir);
    }
  }

  private static boolean relative(LintContext context, Copy copy) {
    String dest = WordValues.literal(context, copy.destination());
    return !dest.isEmpty()
        && !dest.startsWith("/")
        && !dest.startsWith("$")
        && !dest.matches("[A-Za-z]:.*");
  }
}
