package dev.dfkit.parser.semantic;

import dev.dfkit.parser.ast.ShellForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shell-form command that is nothing but a program and plain arguments, so its exec (JSON) form
 * starts exactly the same process without a shell: no quotes, variables, globs, redirections or
 * operators, and a program rather than a shell keyword or builtin. A leading {@code exec} is
 * dropped (the shell would replace itself with the program anyway).
 *
 * <p>Whether the rewrite also keeps the image's behaviour (no SHELL change, how CMD and ENTRYPOINT
 * combine) depends on the stages around it, which the linter's fix and the language server's
 * refactoring each judge for themselves.
 *
 * @param words the program and its arguments
 */
public record PlainCommand(List<String> words) {

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  /** Shell keywords and builtins: not programs the runtime can execute. */
  private static final Set<String> NOT_PROGRAMS =
      Set.of(
          ".",
          ":",
          "[",
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

  public PlainCommand {
    words = List.copyOf(words);
  }

  /** The command's words, or empty when the shell would do more than start one program. */
  public static Optional<PlainCommand> of(ShellForm shell) {
    String text = shell.text().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>(Arrays.asList(BLANKS.split(text)));
    if (words.size() > 1 && words.get(0).equals("exec")) {
      words.remove(0);
    }
    for (String w : words) {
      if (!PLAIN_WORD.matcher(w).matches()) {
        return Optional.empty();
      }
    }
    if (words.get(0).contains("=") || NOT_PROGRAMS.contains(words.get(0))) {
      return Optional.empty();
    }
    return Optional.of(new PlainCommand(words));
  }

  /** The exec form, {@code ["program", "arg"]}; plain words need no JSON escapes. */
  public String json() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < words.size(); i++) {
      json.append(i == 0 ? "\"" : ", \"").append(words.get(i)).append('"');
    }
    return json.append(']').toString();
  }
}
