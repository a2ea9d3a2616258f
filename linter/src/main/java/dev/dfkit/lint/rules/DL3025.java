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
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  /** Shell keywords and builtins: not programs the runtime can execute. */
  private static final Set<String> NOT_PROGRAMS =
      Set.of(
          ".",
          ":",
          "alias",
          "bg",
          "break",
          "case",
          "cd",
          "command",
          "continue",
          "do",
          "done",
          "elif",
          "else",
          "esac",
          "eval",
          "exec",
          "exit",
          "export",
          "fc",
          "fg",
          "fi",
          "for",
          "function",
          "getopts",
          "hash",
          "if",
          "in",
          "jobs",
          "local",
          "read",
          "readonly",
          "return",
          "select",
          "set",
          "shift",
          "source",
          "then",
          "time",
          "times",
          "trap",
          "type",
          "ulimit",
          "umask",
          "unalias",
          "unset",
          "until",
          "wait",
          "while");

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
    Optional<List<String>> words = exactWords(instruction, shell, context);
    if (words.isEmpty()) {
      context.report(shell.range(), MESSAGE);
      return;
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < words.get().size(); i++) {
      json.append(i == 0 ? "\"" : ", \"").append(words.get().get(i)).append('"');
    }
    json.append(']');
    context.report(
        shell.range(),
        MESSAGE,
        Fix.of("write the command in JSON form", new TextEdit(shell.range(), json.toString())));
  }

  /** The program and its arguments, when the JSON form runs exactly them and nothing else. */
  private static Optional<List<String>> exactWords(
      Instruction instruction, ShellForm shell, LintContext context) {
    if (instruction instanceof Entrypoint
        || instruction.syntax().isMultiLine()
        || !instruction.syntax().heredocs().isEmpty()) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(Arrays.asList(shell.text().strip().split("[ \\t]+")));
    if (words.size() > 1 && words.get(0).equals("exec")) {
      words.remove(0);
    }
    if (!words.stream().allMatch(w -> PLAIN_WORD.matcher(w).matches())
        || words.get(0).contains("=")
        || NOT_PROGRAMS.contains(words.get(0))) {
      return Optional.empty();
    }
    Optional<Stage> stage = StageChain.stageOf(context.dockerfile(), instruction);
    if (stage.isEmpty()) {
      return Optional.empty();
    }
    for (Stage s : StageChain.withAncestors(context, stage.get())) {
      for (Instruction i : s.instructions()) {
        if (i instanceof Shell || (instruction instanceof Cmd && i instanceof Entrypoint)) {
          return Optional.empty();
        }
      }
    }
    if (instruction instanceof Cmd && !StageChain.rootIsScratch(context, stage.get())) {
      return Optional.empty();
    }
    return Optional.of(words);
  }
}
