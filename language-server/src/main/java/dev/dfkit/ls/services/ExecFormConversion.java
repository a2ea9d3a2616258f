package dev.dfkit.ls.services;

import dev.dfkit.lint.Finding;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.services.edits.TextEdits;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stage;
import dev.dfkit.parser.semantic.PlainCommand;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;

/**
 * "Convert to exec form" for a shell-form RUN, CMD or ENTRYPOINT, offered only where the JSON form
 * runs exactly the program the shell would have run: plain words (no quotes, variables, globs,
 * redirections or operators), a program rather than a shell builtin, no heredoc, and no SHELL in
 * the stage or the stages it builds on. CMD also needs no ENTRYPOINT in that chain (an exec-form
 * CMD becomes the entrypoint's arguments differently), and ENTRYPOINT no CMD anywhere in the file
 * (a shell-form ENTRYPOINT ignores CMD, an exec-form one appends it). What a base image from a
 * registry sets is not known offline.
 */
final class ExecFormConversion {

  /** The action for the instruction at {@code offset}, unless a quick fix already does it. */
  Optional<CodeAction> at(DockerfileDocument doc, int offset, List<Finding> findings) {
    Optional<Instruction> found = CodeActionService.instructionAt(doc, offset);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instruction i = found.get();
    CommandLine command;
    if (i instanceof Run r) {
      command = r.command();
    } else if (i instanceof Cmd c) {
      command = c.command();
    } else if (i instanceof Entrypoint e) {
      command = e.command();
    } else {
      return Optional.empty();
    }
    if (!(command instanceof ShellForm shell) || shell.isEmpty()) {
      return Optional.empty();
    }
    Optional<PlainCommand> words = exactCommand(doc.dockerfile(), i, shell);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    SourceRange range = shell.range();
    for (Finding f : findings) {
      if (f.fix().isPresent() && f.range().equals(range)) {
        return Optional.empty(); // the finding's quick fix is this very edit
      }
    }
    CodeAction a = new CodeAction("Convert " + i.keyword().canonical() + " to exec form");
    a.setKind(CodeActionKind.RefactorRewrite);
    a.setEdit(
        CodeActionService.edit(
            doc,
            TextEdits.minimal(
                doc.text(),
                doc.lines(),
                range.startOffset(),
                range.endOffset(),
                words.get().json())));
    return Optional.of(a);
  }

  static Optional<PlainCommand> exactCommand(Dockerfile file, Instruction i, ShellForm shell) {
    if (!i.syntax().heredocs().isEmpty()) {
      return Optional.empty();
    }
    Optional<PlainCommand> words = PlainCommand.of(shell);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Optional<Stage> stage = stageOf(file, i);
    if (stage.isEmpty()) {
      return Optional.empty(); // before the first FROM, or inside ONBUILD: not run here
    }
    for (Stage s : chain(file, stage.get())) {
      for (Instruction other : s.instructions()) {
        if (other instanceof Shell) {
          return Optional.empty();
        }
        if (i instanceof Cmd && other instanceof Entrypoint) {
          return Optional.empty();
        }
      }
    }
    if (i instanceof Entrypoint) {
      for (Instruction other : file.instructions()) {
        if (other instanceof Cmd) {
          return Optional.empty();
        }
      }
    }
    return words;
  }

  private static Optional<Stage> stageOf(Dockerfile file, Instruction i) {
    for (Stage s : file.stages()) {
      for (Instruction own : s.instructions()) {
        if (own == i) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /** The stage and the stages of this file it is built on (FROM an earlier stage's name). */
  private static List<Stage> chain(Dockerfile file, Stage stage) {
    List<Stage> out = new ArrayList<>();
    Map<Stage, Boolean> seen = new IdentityHashMap<>();
    Stage s = stage;
    while (s != null && seen.put(s, true) == null) {
      out.add(s);
      String base = s.base().value();
      Optional<Stage> parent =
          base.chars().allMatch(Character::isDigit) ? Optional.empty() : file.stage(base);
      s = parent.isPresent() && parent.get().index() < s.index() ? parent.get() : null;
    }
    return out;
  }
}
