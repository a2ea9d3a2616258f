package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Mount;
import dev.dfkit.parser.ast.MountOption;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * hadolint DL3059: consecutive RUN instructions each make a layer; merging them saves layers. As in
 * hadolint, a RUN is reported when the RUN before it (comments between do not matter, any other
 * instruction does) has the same flags (same mounts, network, security) and neither of the two runs
 * more than one command: a RUN that already chains commands was split on purpose.
 */
@RuleInfo(
    id = "DL3059",
    name = "consolidate-runs",
    severity = LintSeverity.INFO,
    summary = "Multiple consecutive `RUN` instructions. Consider consolidation.",
    url = "https://github.com/hadolint/hadolint/wiki/DL3059",
    source = RuleSource.HADOLINT)
public final class DL3059 implements Rule {

  static final String MESSAGE = "Multiple consecutive `RUN` instructions. Consider consolidation.";

  @Override
  public void check(LintContext context) {
    List<String> previousFlags = null;
    int previousCommands = 0;
    for (Instruction i : context.dockerfile().instructions()) {
      if (!(i instanceof Run run)) {
        previousFlags = null;
        continue;
      }
      List<String> flags = flags(run);
      int commands = commands(run);
      if (previousFlags != null
          && previousFlags.equals(flags)
          && commands <= 1
          && previousCommands <= 1) {
        context.report(run.keyword().range(), MESSAGE);
      } else {
        previousFlags = flags;
        previousCommands = commands;
      }
    }
  }

  /** The flags, in a form where equal flags compare equal (mount options in any order). */
  private static List<String> flags(Run run) {
    List<String> out = new ArrayList<>();
    for (Flag f : run.flags()) {
      String text = f.name().toLowerCase(Locale.ROOT) + "=" + f.value();
      for (Mount m : run.runFlags().mounts()) {
        if (m.flag() == f) {
          List<String> options = new ArrayList<>();
          for (MountOption o : m.options()) {
            options.add(o.toString());
          }
          options.sort(null);
          text = "mount:" + m.type().label() + options;
        }
      }
      out.add(text);
    }
    out.sort(null);
    return out;
  }

  /** How many commands the RUN runs (simple commands, also inside substitutions and pipes). */
  static int commands(Run run) {
    if (run.command() instanceof ExecForm exec) {
      return exec.isEmpty() ? 0 : 1;
    }
    int n = new CommandCounter(((ShellForm) run.command()).text()).count();
    if (n == 0) {
      for (Heredoc h : run.syntax().heredocs()) {
        n += new CommandCounter(h.effectiveContent()).count();
      }
    }
    return n;
  }

  /**
   * Counts the simple commands of a POSIX shell script the way ShellCheck's syntax tree has them:
   * the first word of each command that is not an assignment, a redirection or a reserved word.
   * Compound commands ({@code if}, {@code for}, {@code while}, groups) contribute the commands
   * inside them. An approximation of a shell parser, enough to tell one command from several.
   */
  static final class CommandCounter {

    private static final Set<String> RESERVED =
        Set.of(
            "!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until",
            "esac", "in", "time");

    /** Reserved words whose following words, up to the next separator, are not commands. */
    private static final Set<String> HEADERS = Set.of("for", "select", "case", "[[", "function");

    private final String s;
    private int i;
    private int count;

    CommandCounter(String script) {
      this.s = script;
    }

    int count() {
      parse((char) 0);
      return count;
    }

    private final class Frame {
      final StringBuilder word = new StringBuilder();
      boolean commandPosition = true;
      boolean redirectTarget;
      boolean skipping;

      void endWord() {
        if (word.length() == 0) {
          return;
        }
        String w = word.toString();
        word.setLength(0);
        if (redirectTarget) {
          redirectTarget = false;
        } else if (skipping || !commandPosition) {
          return;
        } else if (HEADERS.contains(w)) {
          skipping = true;
        } else if (!RESERVED.contains(w) && !w.matches("[A-Za-z_][A-Za-z0-9_]*\\+?=.*")) {
          count++;
          commandPosition = false;
        }
      }

      void separator() {
        endWord();
        commandPosition = true;
        skipping = false;
      }
    }

    /** Reads until {@code close} (or the end) and returns. */
    private void parse(char close) {
      Frame f = new Frame();
      while (i < s.length()) {
        char c = s.charAt(i);
        if (close != 0 && c == close) {
          i++;
          f.endWord();
          return;
        }
        switch (c) {
          case ' ', '\t', '\r' -> {
            f.endWord();
            i++;
          }
          case '\n', ';', '&', '|' -> {
            f.separator();
            i++;
          }
          case '(' -> {
            f.endWord();
            i++;
            parse(')');
            f.commandPosition = false;
          }
          case ')' -> {
            f.separator();
            i++;
          }
          case '<', '>' -> redirect(f);
          case '#' -> {
            if (f.word.length() == 0) {
              while (i < s.length() && s.charAt(i) != '\n') {
                i++;
              }
            } else {
              f.word.append(c);
              i++;
            }
          }
          case '\\' -> {
            if (i + 1 < s.length() && s.charAt(i + 1) != '\n') {
              f.word.append(s.charAt(i + 1));
            }
            i += 2;
          }
          case '\'' -> {
            int end = s.indexOf('\'', i + 1);
            i = end < 0 ? s.length() : end + 1;
            f.word.append('\'');
          }
          case '"' -> {
            i++;
            doubleQuoted();
            f.word.append('"');
          }
          case '`' -> {
            i++;
            parse('`');
            f.word.append('`');
          }
          case '$' -> {
            dollar();
            f.word.append('$');
          }
          default -> {
            f.word.append(c);
            i++;
          }
        }
      }
      f.endWord();
    }

    private void redirect(Frame f) {
      String w = f.word.toString();
      if (w.matches("\\d*")) {
        f.word.setLength(0);
      } else {
        f.endWord();
      }
      if (i + 1 < s.length() && s.charAt(i + 1) == '(') {
        i += 2;
        parse(')');
        return;
      }
      while (i < s.length() && "<>&|-".indexOf(s.charAt(i)) >= 0) {
        boolean dup = s.charAt(i) == '&';
        i++;
        if (dup && i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
          while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
          }
          return;
        }
      }
      f.redirectTarget = true;
    }

    private void doubleQuoted() {
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == '`') {
          i++;
          parse('`');
        } else if (c == '$') {
          dollar();
        } else {
          i++;
        }
      }
      i++;
    }

    /** At a {@code $}: command substitutions are parsed, other expansions skipped. */
    private void dollar() {
      i++;
      if (i + 1 < s.length() && s.charAt(i) == '(' && s.charAt(i + 1) == '(') {
        skipBalanced('(', ')');
      } else if (i < s.length() && s.charAt(i) == '(') {
        i++;
        parse(')');
      } else if (i < s.length() && s.charAt(i) == '{') {
        skipBalanced('{', '}');
      }
    }

    private void skipBalanced(char open, char close) {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == open) {
          depth++;
        } else if (c == close && --depth == 0) {
          return;
        }
      }
    }
  }
}
