package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.InstructionRule;
import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.ShellForm;
import java.util.Optional;

/**
 * hadolint DL3025: CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form run under {@code /bin/sh -c},
 * which becomes PID 1 and does not pass signals on. The fix writes the JSON form only where that
 * runs the same program with the same arguments: a one-line command of plain words (no quotes,
 * variables, globs or operators; a leading {@code exec} is dropped), no SHELL in the stage or the
 * stages it builds on, and, for CMD, no ENTRYPOINT that would receive different arguments (none in
 * those stages, and a chain that starts from scratch). ENTRYPOINT is never fixed: in JSON form it
 * receives CMD and {@code docker run} arguments.
 */
@RuleInfo(
    id = "DL3025",
    name = "json-cmd-entrypoint",
    severity = LintSeverity.WARNING,
    summary = "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
    url = "https://github.com/hadolint/hadolint/wiki/DL3025",
    source = RuleSource.HADOLINT,
    sameAs = "JSONArgsRecommended",
    fixable = true)
public final class DL3025 extends InstructionRule {

  static final String MESSAGE = "Use arguments JSON notation for CMD and ENTRYPOINT arguments";

  @Override
  public Void visitCmd(Cmd cmd, LintContext context) {
    check(cmd, cmd.command(), context);
    return null;
  }

  @Override
  public Void visitEntrypoint(Entrypoint entrypoint, LintContext context) {
    check(entrypoint, entrypoint.command(), context);
    return null;
  }

  @Override
  public Void visitHealthcheck(Healthcheck healthcheck, LintContext context) {
    healthcheck.command().ifPresent(c -> check(healthcheck, c, context));
    return null;
  }

  private static void check(Instruction instruction, CommandLine command, LintContext context) {
    if (!(command instanceof ShellForm shell) || shell.isEmpty()) {
      return;
    }
    Optional<Fix> fix = ExecFormFix.of(context, instruction, shell);
    if (fix.isPresent()) {
      context.report(shell.range(), MESSAGE, fix.get());
    } else {
      context.report(shell.range(), MESSAGE);
    }
  }
}
