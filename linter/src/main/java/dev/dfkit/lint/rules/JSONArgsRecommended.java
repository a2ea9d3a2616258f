package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's JSONArgsRecommended: CMD and ENTRYPOINT in shell form run under {@code /bin/sh -c},
 * which does not pass signals on. As in BuildKit, a SHELL instruction earlier in the stage (or in
 * the stage it builds on) says the shell is wanted, and silences the check. An image's own SHELL
 * setting is not known offline; official images do not set one.
 *
 * <p>The fix writes the JSON form only when the command is plain words with no shell syntax at all
 * (no quotes, variables, globs, operators or shell builtins), so nothing the shell did is lost.
 */
@RuleInfo(
    id = "JSONArgsRecommended",
    name = "json-args-recommended",
    severity = LintSeverity.WARNING,
    summary =
        "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to"
            + " OS signals",
    url = "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
    source = RuleSource.BUILDKIT,
    fixable = true)
public final class JSONArgsRecommended implements Rule {

  @Override
  public void check(LintContext context) {
    Map<Stage, Boolean> shellAtEnd = new IdentityHashMap<>();
    Set<Integer> reported = new HashSet<>();
    for (Stage stage : context.dockerfile().stages()) {
      boolean shellSet =
          StageDispatch.parent(context, stage).map(p -> shellAtEnd.get(p)).orElse(false);
      for (StageDispatch.Step step : StageDispatch.steps(context, stage)) {
        Instruction i = step.instruction();
        if (i instanceof Shell shell) {
          shellSet = !shell.shell().isEmpty();
        } else if (i instanceof Cmd cmd) {
          check(context, cmd, cmd.command(), shellSet, reported);
        } else if (i instanceof Entrypoint entrypoint) {
          check(context, entrypoint, entrypoint.command(), shellSet, reported);
        }
      }
      shellAtEnd.put(stage, shellSet);
    }
  }

  private static void check(
      LintContext context,
      Instruction instruction,
      CommandLine command,
      boolean shellSet,
      Set<Integer> reported) {
    if (shellSet || !(command instanceof ShellForm shellForm) || shellForm.isEmpty()) {
      return;
    }
    if (!reported.add(shellForm.range().startOffset())) {
      return; // a trigger run by several stages
    }
    String message =
        "JSON arguments recommended for "
            + instruction.keyword().text()
            + " to prevent unintended behavior related to OS signals";
    Optional<Fix> fix = ExecFormFix.of(context, instruction, shellForm);
    if (fix.isPresent()) {
      context.report(shellForm.range(), message, fix.get());
    } else {
      context.report(shellForm.range(), message);
    }
  }
}
