package dev.dfkit.format;

import dev.dfkit.format.layout.ParsedScripts;
import dev.dfkit.format.layout.StageShells;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.script.ShellCodes;
import dev.dfkit.parser.script.ShellScriptResult;
import dev.dfkit.parser.script.ShellToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When two Dockerfiles mean the same: the same parser directives, the same instructions with the
 * same keywords (case aside), flags, exec-form arguments, argument values, heredoc bodies and
 * comments, and shell-form commands that a POSIX shell reads as the same words and operators (for
 * any other shell: the same text). The formatter runs this on its own output and keeps the input
 * when it fails; the tests run it on every file they format.
 */
public final class Equivalence {

  private Equivalence() {}

  /** What differs between {@code before} and {@code after}; empty when they mean the same. */
  public static List<String> differences(ParseResult before, ParseResult after) {
    return differences(before, after, new Signatures(new ParsedScripts()));
  }

  static List<String> differences(ParseResult before, ParseResult after, Signatures signatures) {
    List<String> out = new ArrayList<>();
    if (!directives(before).equals(directives(after))) {
      out.add("parser directives differ: " + directives(before) + " vs " + directives(after));
    }
    List<String> commentsBefore = comments(before);
    List<String> commentsAfter = comments(after);
    if (!commentsBefore.equals(commentsAfter)) {
      out.add("comments differ: " + commentsBefore + " vs " + commentsAfter);
    }
    List<Instruction> a = before.dockerfile().instructions();
    List<Instruction> b = after.dockerfile().instructions();
    if (a.size() != b.size()) {
      out.add("instruction count " + a.size() + " vs " + b.size());
    } else {
      StageShells shellsA = StageShells.of(before.dockerfile());
      StageShells shellsB = StageShells.of(after.dockerfile());
      for (int i = 0; i < a.size(); i++) {
        List<String> sa = new ArrayList<>(signatures.of(a.get(i), shellsA.isPosix(a.get(i))));
        List<String> sb = new ArrayList<>(signatures.of(b.get(i), shellsB.isPosix(b.get(i))));
        sa.add("comments-before=" + stripped(a.get(i).syntax().precedingComments()));
        sb.add("comments-before=" + stripped(b.get(i).syntax().precedingComments()));
        if (!sa.equals(sb)) {
          out.add(
              "instruction "
                  + (i + 1)
                  + " ("
                  + a.get(i).range().start().display()
                  + ") differs: "
                  + sa
                  + " vs "
                  + sb);
        }
      }
    }
    Map<String, Integer> known = new HashMap<>();
    for (Diagnostic d : before.diagnostics()) {
      known.merge(d.code() + ": " + d.message(), 1, Integer::sum);
    }
    for (Diagnostic d : after.diagnostics()) {
      String key = d.code() + ": " + d.message();
      int n = known.getOrDefault(key, 0);
      if (n == 0) {
        out.add("new diagnostic " + d);
      } else {
        known.put(key, n - 1);
      }
    }
    return out;
  }

  /**
   * What an instruction means, as a list of strings: equal lists mean the same instruction.
   *
   * @param posix whether its shell-form command runs in a POSIX shell
   */
  public static List<String> signature(Instruction i, boolean posix) {
    return signature(i, posix, new ParsedScripts());
  }

  static List<String> signature(Instruction i, boolean posix, ParsedScripts scripts) {
    List<String> s = new ArrayList<>();
    s.add("keyword=" + i.keyword().canonical());
    for (Flag f : i.flags()) {
      s.add("flag=" + f.text());
    }
    s.add("exec=" + i.syntax().execForm());
    if (i instanceof Onbuild o) {
      s.add(
          "trigger="
              + o.trigger().map(t -> signature(t, posix, scripts).toString()).orElse("none"));
    } else if (i instanceof Run r) {
      command(s, r.command(), posix, !r.syntax().heredocs().isEmpty(), scripts);
    } else if (i instanceof Cmd c) {
      command(s, c.command(), posix, false, scripts);
    } else if (i instanceof Entrypoint e) {
      command(s, e.command(), posix, false, scripts);
    } else if (i instanceof Healthcheck h) {
      s.add("type=" + h.type().map(w -> w.value().toUpperCase(Locale.ROOT)).orElse("none"));
      if (h.command().isPresent()) {
        command(s, h.command().get(), posix, false, scripts);
      } else {
        List<Word> args = h.syntax().arguments();
        for (int k = 1; k < args.size(); k++) {
          s.add("arg=" + args.get(k).value());
        }
      }
    } else if (i instanceof From f) {
      List<Word> args = f.syntax().arguments();
      for (int k = 0; k < args.size(); k++) {
        String v = args.get(k).value();
        if (k == 1 && args.size() == 3 && v.equalsIgnoreCase("as")) {
          v = "AS";
        }
        s.add("arg=" + v);
      }
    } else if (i instanceof Env e && isPairs(e.pairs(), e)) {
      pairs(s, e.pairs());
    } else if (i instanceof Label l && isPairs(l.pairs(), l)) {
      pairs(s, l.pairs());
    } else {
      for (Word w : i.syntax().arguments()) {
        s.add("arg=" + w.value());
      }
    }
    for (Heredoc h : i.syntax().heredocs()) {
      s.add(
          "heredoc="
              + h.name()
              + " fd="
              + h.fileDescriptor()
              + " expand="
              + h.expand()
              + " chomp="
              + h.chomp()
              + " content="
              + h.content());
    }
    s.add("comments=" + stripped(i.syntax().innerComments()));
    return s;
  }

  private static boolean isPairs(List<KeyValue> pairs, Instruction i) {
    return pairs.size() * 3 == i.syntax().arguments().size();
  }

  /** ENV and LABEL: the legacy {@code k v} and {@code k=v} read the same value text. */
  private static void pairs(List<String> s, List<KeyValue> pairs) {
    for (KeyValue kv : pairs) {
      s.add("pair=" + kv.key().value() + "\u0000" + kv.value().value());
    }
  }

  private static void command(
      List<String> s, CommandLine c, boolean posix, boolean heredocs, ParsedScripts scripts) {
    if (c instanceof ExecForm e) {
      for (Word w : e.arguments()) {
        s.add("arg=" + w.value());
      }
      return;
    }
    ShellForm form = (ShellForm) c;
    if (!posix) {
      s.add("text=" + form.text());
      return;
    }
    ShellScriptResult r = scripts.forComparison(form);
    for (Diagnostic d : r.diagnostics()) {
      if (!(heredocs && d.code().equals(ShellCodes.UNTERMINATED_HEREDOC))) {
        s.add("text=" + form.text());
        return;
      }
    }
    for (ShellToken t : r.script().tokens()) {
      s.add(t.kind().name().toLowerCase(Locale.ROOT) + "=" + t.text());
    }
  }

  private static List<String> directives(ParseResult r) {
    List<String> out = new ArrayList<>();
    for (Directive d : r.dockerfile().directives()) {
      out.add(d.name() + "=" + d.value());
    }
    return out;
  }

  private static List<String> comments(ParseResult r) {
    List<String> out = new ArrayList<>();
    for (Element e : r.dockerfile().elements()) {
      if (e instanceof Comment c) {
        out.add(c.text().strip());
      } else if (e instanceof Directive d && !r.dockerfile().directives().contains(d)) {
        out.add("directive " + d.text().strip());
      } else if (e instanceof BlankLine) {
        continue;
      }
    }
    return out;
  }

  private static List<String> stripped(List<Comment> comments) {
    List<String> out = new ArrayList<>(comments.size());
    for (Comment c : comments) {
      out.add(c.text().strip());
    }
    return out;
  }
}
