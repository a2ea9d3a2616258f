package dev.dfkit.format.layout;

import dev.dfkit.parser.ast.Add;
import dev.dfkit.parser.ast.Arg;
import dev.dfkit.parser.ast.Cmd;
import dev.dfkit.parser.ast.CommandLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Copy;
import dev.dfkit.parser.ast.Entrypoint;
import dev.dfkit.parser.ast.Env;
import dev.dfkit.parser.ast.ExecForm;
import dev.dfkit.parser.ast.Expose;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.From;
import dev.dfkit.parser.ast.Healthcheck;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.InstructionVisitor;
import dev.dfkit.parser.ast.KeyValue;
import dev.dfkit.parser.ast.Label;
import dev.dfkit.parser.ast.Maintainer;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.ast.Shell;
import dev.dfkit.parser.ast.ShellForm;
import dev.dfkit.parser.ast.Stopsignal;
import dev.dfkit.parser.ast.UnknownInstruction;
import dev.dfkit.parser.ast.User;
import dev.dfkit.parser.ast.Volume;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.ast.Workdir;
import dev.dfkit.parser.script.ShellCodes;
import dev.dfkit.parser.script.ShellScriptResult;
import dev.dfkit.parser.script.ShellToken;
import dev.dfkit.parser.script.ShellTokenKind;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical layout of one instruction, one small emitter per instruction kind: keyword in upper
 * case, one space, the flags as written in their order, then the arguments as their kind wants
 * them. Heredoc bodies are not part of the layout: the caller appends them byte for byte.
 *
 * <p>Every word is printed as the parser read it on the logical line; only blanks and line breaks
 * between words change. When that cannot be proven safe the emitter throws {@link Unsafe}.
 */
public final class InstructionLayout implements InstructionVisitor<Void, Void> {

  private final LayoutContext ctx;
  private final Instruction outer;
  private final LogicalIndex index;
  private final boolean multiLine;
  private final int prefixWidth;
  private DocBuilder b;
  private boolean broken;

  private InstructionLayout(LayoutContext ctx, Instruction outer, int prefixWidth) {
    this.ctx = ctx;
    this.outer = outer;
    this.index = new LogicalIndex(outer.syntax().line());
    this.multiLine = !outer.syntax().continuations().isEmpty();
    this.prefixWidth = prefixWidth;
  }

  /**
   * The instruction's lines, laid out (heredoc bodies excluded; no final line terminator).
   *
   * @throws Unsafe when a new layout cannot be proven to keep the meaning
   */
  public static String format(Instruction instruction, LayoutContext ctx) {
    if (instruction instanceof UnknownInstruction) {
      throw new Unsafe("unknown instruction: its arguments have no known syntax");
    }
    Instruction target = instruction;
    String prefix = "";
    if (instruction instanceof Onbuild o) {
      if (!o.flags().isEmpty()) {
        throw new Unsafe("ONBUILD with flags");
      }
      if (o.trigger().isEmpty()) {
        return "ONBUILD";
      }
      target = o.trigger().get();
      if (target instanceof Onbuild || target instanceof UnknownInstruction) {
        throw new Unsafe("ONBUILD trigger that is not a buildable instruction");
      }
      prefix = "ONBUILD ";
    }
    InstructionLayout layout = new InstructionLayout(ctx, instruction, prefix.length());
    // A multi-line instruction is broken whatever its width: no need for the one-line layout.
    Doc doc = layout.multiLine ? layout.build(target, true) : layout.build(target, false);
    if (!layout.multiLine
        && prefix.length() + DocPrinter.flatWidth(doc) > ctx.options().maxWidth()) {
      doc = layout.build(target, true);
    }
    DocPrinter printer =
        new DocPrinter(
            ctx.options().indent(),
            ctx.options().maxWidth(),
            ctx.escape(),
            ctx.eol(),
            prefix.length());
    return prefix + printer.printed(doc);
  }

  private Doc build(Instruction target, boolean broken) {
    this.broken = broken;
    this.b = new DocBuilder(anchors(target));
    b.open(broken && (target instanceof Run || isShellForm(target)));
    target.accept(this, null);
    b.close();
    return b.build();
  }

  private static boolean isShellForm(Instruction i) {
    return (i instanceof Cmd c && c.command() instanceof ShellForm)
        || (i instanceof Entrypoint e && e.command() instanceof ShellForm)
        || (i instanceof Healthcheck h
            && h.command().map(x -> x instanceof ShellForm).orElse(false));
  }

  // ---- comments inside the continuation -------------------------------------------------------

  /** Each comment line inside the instruction, by the start of the token it comes before. */
  private Map<Integer, List<String>> anchors(Instruction target) {
    List<Comment> comments = outer.syntax().innerComments();
    if (comments.isEmpty()) {
      return Map.of();
    }
    List<SourceRange> atoms = atoms(target);
    Map<Integer, List<String>> out = new HashMap<>();
    for (Comment c : comments) {
      int at = c.range().startOffset();
      SourceRange anchor = null;
      for (SourceRange a : atoms) {
        if (a.startOffset() < at && at < a.endOffset()) {
          throw new Unsafe("a comment line inside the instruction splits a word");
        }
        if (a.startOffset() > at) {
          anchor = a;
          break;
        }
      }
      if (anchor == null) {
        throw new Unsafe("a comment line ends the instruction");
      }
      out.computeIfAbsent(anchor.startOffset(), k -> new ArrayList<>()).add(strip(c.text()));
    }
    return out;
  }

  private List<SourceRange> atoms(Instruction target) {
    List<SourceRange> atoms = new ArrayList<>();
    atoms.add(outer.keyword().range());
    if (target != outer) {
      atoms.add(target.keyword().range());
    }
    for (Flag f : target.flags()) {
      atoms.add(f.range());
    }
    List<ShellToken> shell = shellTokens(target);
    if (shell != null) {
      List<Word> args = target.syntax().arguments();
      if (target instanceof Healthcheck && !args.isEmpty()) {
        atoms.add(args.get(0).range());
      }
      for (ShellToken t : shell) {
        atoms.add(t.range());
      }
    } else {
      for (Word w : target.syntax().arguments()) {
        if (w.range().length() > 0) {
          atoms.add(w.range());
        }
      }
    }
    atoms.sort((x, y) -> Integer.compare(x.startOffset(), y.startOffset()));
    return atoms;
  }

  static String strip(String s) {
    return s.stripTrailing();
  }

  // ---- shell ------------------------------------------------------------------------------------

  // by identity: an instruction record's own hashCode walks its whole tree
  private final Map<Instruction, ShellScriptResult> scripts = new IdentityHashMap<>();

  private List<ShellToken> shellTokens(Instruction target) {
    ShellForm form = shellForm(target);
    if (form == null) {
      return null;
    }
    return script(target, form).script().tokens();
  }

  private static ShellForm shellForm(Instruction i) {
    CommandLine c = null;
    if (i instanceof Run r) {
      c = r.command();
    } else if (i instanceof Cmd x) {
      c = x.command();
    } else if (i instanceof Entrypoint x) {
      c = x.command();
    } else if (i instanceof Healthcheck h) {
      c = h.command().orElse(null);
    }
    return c instanceof ShellForm f && !f.isEmpty() ? f : null;
  }

  private ShellScriptResult script(Instruction target, ShellForm form) {
    ShellScriptResult r = scripts.get(target);
    if (r != null) {
      return r;
    }
    if (!ctx.shells().isPosix(outer)) {
      throw new Unsafe("the shell of this stage is not a POSIX shell; its command is kept");
    }
    r = ctx.scripts().of(form);
    boolean heredocs = !target.syntax().heredocs().isEmpty();
    for (var d : r.diagnostics()) {
      if (heredocs && d.code().equals(ShellCodes.UNTERMINATED_HEREDOC)) {
        continue;
      }
      throw new Unsafe("the shell model cannot read this command (" + d.message() + ")");
    }
    for (ShellToken t : r.script().tokens()) {
      if (t.kind() == ShellTokenKind.NEWLINE
          || t.kind() == ShellTokenKind.HEREDOC_BODY
          || t.kind() == ShellTokenKind.HEREDOC_DELIMITER) {
        throw new Unsafe("the command has a line end the layout does not handle");
      }
    }
    scripts.put(target, r);
    return r;
  }

  private void command(Instruction target, CommandLine command, SourceRange previous) {
    if (command instanceof ExecForm exec) {
      separator(previous, exec.isEmpty() ? exec.range() : exec.arguments().get(0).range());
      json(exec.arguments());
      return;
    }
    ShellForm form = (ShellForm) command;
    if (form.isEmpty()) {
      return;
    }
    ShellScriptResult r = script(target, form);
    List<ShellToken> tokens = r.script().tokens();
    if (tokens.isEmpty()) {
      throw new Unsafe("a command with no shell token");
    }
    separator(previous, tokens.get(0).range());
    new ShellLayout(b, tokens, ctx.options().operators()).script(r.script(), broken);
  }

  // ---- the parts every instruction shares -------------------------------------------------------

  /** The keyword and the flags; returns the range of the last thing written. */
  private SourceRange head(Instruction target) {
    b.text(target.keyword().canonical());
    SourceRange last = target.keyword().range();
    for (Flag f : target.flags()) {
      separator(last, f.range());
      b.atom(index.text(f.range()), f.range().startOffset(), 0);
      last = f.range();
    }
    return last;
  }

  /** A space, or a hard break where the author broke the line between two words. */
  private void separator(SourceRange previous, SourceRange next) {
    if (next.start().line() > previous.end().line()) {
      b.hard(0);
    } else {
      b.space();
    }
  }

  private void words(SourceRange previous, List<Word> words) {
    for (Word w : words) {
      separator(previous, w.range());
      b.atom(w.value(), w.range().startOffset(), 0);
      previous = w.range();
    }
  }

  /** {@code ["a", "b"]}: each JSON string exactly as written, on one line if it fits. */
  private void json(List<Word> elements) {
    b.open(false);
    b.text("[");
    for (int i = 0; i < elements.size(); i++) {
      Word w = elements.get(i);
      if (i > 0) {
        b.text(",");
        b.line(0);
      }
      b.atom(index.text(w.range()), w.range().startOffset(), 0);
    }
    b.text("]");
    b.close();
  }

  private void rest(Instruction target) {
    SourceRange last = head(target);
    List<Word> args = target.syntax().arguments();
    if (target.syntax().execForm()) {
      if (!args.isEmpty()) {
        separator(last, args.get(0).range());
      } else {
        b.space();
      }
      json(args);
    } else {
      words(last, args);
    }
  }

  // ---- one emitter per instruction kind ---------------------------------------------------------

  @Override
  public Void visitFrom(From from, Void c) {
    SourceRange last = head(from);
    List<Word> args = from.syntax().arguments();
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      separator(last, w.range());
      String text = w.value();
      if (i == 1 && args.size() == 3 && text.equalsIgnoreCase("as")) {
        text = "AS";
      }
      b.atom(text, w.range().startOffset(), 0);
      last = w.range();
    }
    return null;
  }

  @Override
  public Void visitRun(Run run, Void c) {
    SourceRange last = head(run);
    command(run, run.command(), last);
    return null;
  }

  @Override
  public Void visitCmd(Cmd cmd, Void c) {
    command(cmd, cmd.command(), head(cmd));
    return null;
  }

  @Override
  public Void visitEntrypoint(Entrypoint entrypoint, Void c) {
    command(entrypoint, entrypoint.command(), head(entrypoint));
    return null;
  }

  @Override
  public Void visitHealthcheck(Healthcheck healthcheck, Void c) {
    SourceRange last = head(healthcheck);
    if (healthcheck.type().isEmpty()) {
      return null;
    }
    Word type = healthcheck.type().get();
    separator(last, type.range());
    b.atom(type.value().toUpperCase(Locale.ROOT), type.range().startOffset(), 0);
    List<Word> args = healthcheck.syntax().arguments();
    if (healthcheck.command().isPresent()) {
      command(healthcheck, healthcheck.command().get(), type.range());
    } else if (healthcheck.syntax().execForm()) {
      b.space();
      json(args.subList(1, args.size()));
    } else {
      words(type.range(), args.subList(1, args.size()));
    }
    return null;
  }

  @Override
  public Void visitLabel(Label label, Void c) {
    pairs(label, label.pairs());
    return null;
  }

  @Override
  public Void visitEnv(Env env, Void c) {
    pairs(env, env.pairs());
    return null;
  }

  /** {@code k=v} words, one per line when there are several and the instruction is broken. */
  private void pairs(Instruction target, List<KeyValue> pairs) {
    SourceRange last = head(target);
    if (pairs.size() == 1 && pairs.get(0).legacy()) {
      KeyValue kv = pairs.get(0);
      String value = kv.value().value();
      if (KeyValueWords.isSingleWord(kv.key().value() + "=" + value, ctx.escape())) {
        b.space();
        b.atom(kv.key().value() + "=" + value, kv.key().range().startOffset(), 0);
        return;
      }
      if (ShellLayout.spansLines(kv.value().range())) {
        throw new Unsafe(
            "a legacy "
                + target.keyword().canonical()
                + " value written across lines is kept as written");
      }
      b.space();
      b.atom(kv.key().value(), kv.key().range().startOffset(), 0);
      b.space();
      b.atom(value, kv.value().range().startOffset(), 0);
      return;
    }
    if (pairs.size() * 3 != target.syntax().arguments().size()) {
      throw new Unsafe("an argument that is not a key=value pair");
    }
    b.open(multiLine && pairs.size() > 1);
    for (int i = 0; i < pairs.size(); i++) {
      KeyValue kv = pairs.get(i);
      if (i == 0) {
        b.space();
      } else {
        b.line(0);
      }
      b.atom(kv.key().value() + "=" + kv.value().value(), kv.key().range().startOffset(), 0);
    }
    b.close();
  }

  @Override
  public Void visitMaintainer(Maintainer maintainer, Void c) {
    rest(maintainer);
    return null;
  }

  @Override
  public Void visitExpose(Expose expose, Void c) {
    rest(expose);
    return null;
  }

  @Override
  public Void visitAdd(Add add, Void c) {
    rest(add);
    return null;
  }

  @Override
  public Void visitCopy(Copy copy, Void c) {
    rest(copy);
    return null;
  }

  @Override
  public Void visitVolume(Volume volume, Void c) {
    rest(volume);
    return null;
  }

  @Override
  public Void visitUser(User user, Void c) {
    rest(user);
    return null;
  }

  @Override
  public Void visitWorkdir(Workdir workdir, Void c) {
    rest(workdir);
    return null;
  }

  @Override
  public Void visitArg(Arg arg, Void c) {
    rest(arg);
    return null;
  }

  @Override
  public Void visitStopsignal(Stopsignal stopsignal, Void c) {
    rest(stopsignal);
    return null;
  }

  @Override
  public Void visitShell(Shell shell, Void c) {
    rest(shell);
    return null;
  }

  @Override
  public Void visitOnbuild(Onbuild onbuild, Void c) {
    throw new Unsafe("ONBUILD ONBUILD");
  }

  @Override
  public Void visitUnknown(UnknownInstruction unknown, Void c) {
    throw new Unsafe("unknown instruction");
  }

  /** The source text of every heredoc body and terminator of an instruction, in order. */
  static SourceRange heredocRegion(List<Heredoc> heredocs) {
    Heredoc first = heredocs.get(0);
    Heredoc last = heredocs.get(heredocs.size() - 1);
    return new SourceRange(first.bodyRange().start(), last.terminatorRange().end());
  }
}
