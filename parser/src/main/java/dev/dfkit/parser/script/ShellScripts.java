package dev.dfkit.parser.script;

import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.LogicalText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the shell scripts of a Dockerfile. Every method returns a tree and diagnostics and never
 * throws on any input: an unterminated quote or {@code $(} is reported and the tree still covers
 * all the text.
 *
 * <p>Ranges are in Dockerfile coordinates: a {@link LogicalText} knows where each of its characters
 * came from, even across line continuations.
 */
public final class ShellScripts {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox");

  private ShellScripts() {}

  /** Parses a script; offsets in {@link ShellToken} are offsets into {@code script.text()}. */
  public static ShellScriptResult parse(LogicalText script) {
    return ScriptParser.parse(script, List.of());
  }

  /**
   * Parses a shell-form command line alone. A {@code <<WORD} in it has no body here (the
   * Dockerfile's heredoc holds it): use {@link #parse(Run, LineMap)} to get it attached.
   */
  public static ShellScriptResult parse(ShellForm command) {
    return parse(command.script());
  }

  /**
   * Parses a here-document body as a script ({@code RUN <<EOF}).
   *
   * @param lines the Dockerfile's line map ({@code Dockerfile.lines()})
   */
  public static ShellScriptResult parse(Heredoc heredoc, LineMap lines) {
    return parse(
        LogicalText.contiguous(heredoc.content(), lines, heredoc.bodyRange().startOffset()));
  }

  /**
   * The script a {@code RUN} instruction runs, as BuildKit builds it: empty for the exec form; for
   * a command that is a single heredoc word ({@code RUN <<EOF}), the heredoc's body (empty when the
   * body starts with a {@code #!} line naming something other than a shell, as BuildKit then runs
   * it as a file); otherwise the command line, with the Dockerfile's heredoc bodies attached to its
   * {@code <<WORD} redirections in order ({@code RUN cat <<EOF > file}).
   *
   * @param lines the Dockerfile's line map ({@code Dockerfile.lines()})
   */
  public static Optional<ShellScriptResult> parse(Run run, LineMap lines) {
    if (!(run.command() instanceof ShellForm form)) {
      return Optional.empty();
    }
    List<Heredoc> heredocs = run.syntax().heredocs();
    ShellScriptResult line = ScriptParser.parse(form.script(), heredocs);
    if (heredocs.isEmpty() || !isSingleHeredoc(line.script())) {
      return Optional.of(line);
    }
    Heredoc body = heredocs.get(0);
    if (body.content().startsWith("#!") && !namesShell(body.content())) {
      return Optional.empty();
    }
    return Optional.of(parse(body, lines));
  }

  /** The command is one heredoc word and nothing else (BuildKit runs the body as the script). */
  private static boolean isSingleHeredoc(Script script) {
    if (script.lists().size() != 1) {
      return false;
    }
    List<AndOrList> items = script.lists().get(0).items();
    if (items.size() != 1 || items.get(0).pipelines().size() != 1) {
      return false;
    }
    Pipeline pipeline = items.get(0).pipelines().get(0);
    return pipeline.commands().size() == 1
        && !pipeline.isNegated()
        && pipeline.commands().get(0) instanceof SimpleCommand c
        && c.words().isEmpty()
        && c.assignments().isEmpty()
        && c.redirections().size() == 1
        && c.redirections().get(0).operator().isHeredoc();
  }

  /** Whether a {@code #!} line runs a shell ({@code #!/bin/sh}, {@code #!/usr/bin/env bash}). */
  static boolean namesShell(String content) {
    int end = content.indexOf('\n');
    String[] words = content.substring(2, end < 0 ? content.length() : end).trim().split("[ \t]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    String program = basename(words[0]);
    if (program.equals("env")) {
      for (int i = 1; i < words.length; i++) {
        if (!words[i].startsWith("-")) {
          return SHELLS.contains(basename(words[i]));
        }
      }
      return false;
    }
    return SHELLS.contains(program);
  }

  private static String basename(String path) {
    String p = path.strip();
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
