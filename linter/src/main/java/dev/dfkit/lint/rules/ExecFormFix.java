package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.Entrypoint;
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
 * The exact exec-form (JSON) rewrite of a shell-form CMD, ENTRYPOINT or HEALTHCHECK command, when
 * one exists: a one-line command of plain words that runs a program (not a shell builtin), in a
 * stage chain with no SHELL change; for CMD also no ENTRYPOINT anywhere (the base image's is only
 * known to be absent on {@code scratch}). ENTRYPOINT is never rewritten: in shell form it ignores
 * CMD, in exec form it takes CMD as arguments.
 */
final class ExecFormFix {

  private ExecFormFix() {}

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

  /** The fix, or empty when no rewrite runs exactly the same program. */
  static Optional<Fix> of(LintContext context, Instruction instruction, ShellForm shell) {
    Optional<List<String>> words = exactWords(instruction, shell, context);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < words.get().size(); i++) {
      json.append(i == 0 ? "\"" : ", \"").append(words.get().get(i)).append('"');
    }
    json.append(']');
    return Optional.of(
        Fix.of("write the command in JSON form", new TextEdit(shell.range(), json.toString())));
  }

  /** The program and its arguments, when the JSON form runs exactly them and nothing else. */
  static Optional<List<String>> exactWords(
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
    Optional<Stage> stage = StageChain.stageOf(context, instruction);
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
