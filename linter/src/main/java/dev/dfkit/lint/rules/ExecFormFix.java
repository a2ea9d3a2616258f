package dev.dfkit.lint.rules;

import dev.dfkit.lint.Fix;
import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.PlainCommand;
import dev.dfkit.parser.source.TextEdit;
import java.util.Optional;

/**
 * The exact exec-form (JSON) rewrite of a shell-form CMD, ENTRYPOINT or HEALTHCHECK command, when
 * one exists: a one-line command of plain words that runs a program (not a shell builtin), in a
 * stage chain with no SHELL change; for CMD also no ENTRYPOINT anywhere (the base image's is only
 * known to be absent on {@code scratch}). ENTRYPOINT is never rewritten: in shell form it ignores
 * CMD, in exec form it takes CMD as arguments.
 */
final class ExecFormFix {

  private ExecFormFix() {}

  /** The fix, or empty when no rewrite runs exactly the same program. */
  static Optional<Fix> of(LintContext context, Instruction instruction, ShellForm shell) {
    return exactCommand(instruction, shell, context)
        .map(
            command ->
                Fix.of(
                    "write the command in JSON form", new TextEdit(shell.range(), command.json())));
  }

  /** The program and its arguments, when the JSON form runs exactly them and nothing else. */
  static Optional<PlainCommand> exactCommand(
      Instruction instruction, ShellForm shell, LintContext context) {
    if (instruction instanceof Entrypoint
        || instruction.syntax().isMultiLine()
        || !instruction.syntax().heredocs().isEmpty()) {
      return Optional.empty();
    }
    Optional<PlainCommand> words = PlainCommand.of(shell);
    if (words.isEmpty()) {
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
    return words;
  }
}
