package dev.dfkit.parser.script;

import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A parsed script moved by whole lines: every range {@code lines} lines and {@code offset}
 * characters further on, columns unchanged. That is where the same script text parses to when the
 * lines above it were edited, so a tree can be reused instead of parsed again ({@link
 * ShellScriptCache}). Offsets into the script text ({@link ShellToken#start()}) do not move.
 */
final class ScriptShift {

  private final int lines;
  private final int offset;

  /** Each node this shift made, by the node it moved (null: not recorded). */
  private final Map<Object, Object> moves;

  ScriptShift(int lines, int offset) {
    this(lines, offset, null);
  }

  private ScriptShift(int lines, int offset, Map<Object, Object> moves) {
    this.lines = lines;
    this.offset = offset;
    this.moves = moves;
  }

  /** The same shift, remembering where each node it moves goes ({@link #moves}). */
  ScriptShift recording() {
    return new ScriptShift(lines, offset, new IdentityHashMap<>());
  }

  /**
   * Each node moved so far (operators too), by the node it moved from; empty when not recording.
   */
  Map<Object, Object> moves() {
    return moves == null ? Map.of() : moves;
  }

  int lines() {
    return lines;
  }

  int offset() {
    return offset;
  }

  boolean isNone() {
    return lines == 0 && offset == 0;
  }

  private <T> T moved(Object from, T to) {
    if (moves != null) {
      moves.put(from, to);
    }
    return to;
  }

  ShellScriptResult result(ShellScriptResult r) {
    List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics().size());
    for (Diagnostic d : r.diagnostics()) {
      diagnostics.add(new Diagnostic(range(d.range()), d.severity(), d.code(), d.message()));
    }
    return new ShellScriptResult(script(r.script()), diagnostics);
  }

  SourceRange range(SourceRange r) {
    return r.movedBy(lines, offset);
  }

  Script script(Script s) {
    return moved(
        s,
        new Script(
            range(s.range()),
            all(s.lists(), this::commandList),
            all(s.comments(), c -> new ShellComment(c.text(), range(c.range()))),
            all(
                s.tokens(),
                t -> new ShellToken(t.kind(), t.text(), range(t.range()), t.start(), t.end()))));
  }

  private CommandList commandList(CommandList l) {
    return moved(l, new CommandList(range(l.range()), all(l.items(), this::andOr)));
  }

  private AndOrList andOr(AndOrList a) {
    return moved(
        a,
        new AndOrList(
            range(a.range()),
            all(a.pipelines(), this::pipeline),
            all(a.operators(), this::operator),
            a.terminator().map(this::operator)));
  }

  private Pipeline pipeline(Pipeline p) {
    return moved(
        p,
        new Pipeline(
            range(p.range()),
            p.bang().map(this::range),
            all(p.commands(), this::command),
            all(p.operators(), this::operator)));
  }

  private ShellOperator operator(ShellOperator o) {
    return moved(o, new ShellOperator(o.text(), range(o.range())));
  }

  private Command command(Command c) {
    return moved(c, commandMoved(c));
  }

  private Command commandMoved(Command c) {
    if (c instanceof SimpleCommand s) {
      return new SimpleCommand(
          range(s.range()),
          all(s.assignments(), this::assignment),
          all(s.words(), this::word),
          redirections(s.redirections()));
    }
    if (c instanceof Subshell s) {
      return new Subshell(range(s.range()), lists(s.body()), redirections(s.redirections()));
    }
    if (c instanceof BraceGroup b) {
      return new BraceGroup(range(b.range()), lists(b.body()), redirections(b.redirections()));
    }
    if (c instanceof IfClause i) {
      return new IfClause(
          range(i.range()),
          all(
              i.branches(),
              b -> moved(b, new IfBranch(range(b.range()), lists(b.condition()), lists(b.body())))),
          lists(i.elseBody()),
          redirections(i.redirections()));
    }
    if (c instanceof ForClause f) {
      return new ForClause(
          range(f.range()),
          word(f.variable()),
          f.items().map(items -> all(items, this::word)),
          lists(f.body()),
          redirections(f.redirections()));
    }
    if (c instanceof ArithmeticForClause f) {
      return new ArithmeticForClause(
          range(f.range()), f.expression(), lists(f.body()), redirections(f.redirections()));
    }
    if (c instanceof WhileClause w) {
      return new WhileClause(
          range(w.range()),
          w.until(),
          lists(w.condition()),
          lists(w.body()),
          redirections(w.redirections()));
    }
    if (c instanceof CaseClause k) {
      return new CaseClause(
          range(k.range()),
          word(k.subject()),
          all(
              k.items(),
              i ->
                  moved(
                      i,
                      new CaseItem(
                          range(i.range()),
                          all(i.patterns(), this::word),
                          lists(i.body()),
                          i.terminator().map(this::operator)))),
          redirections(k.redirections()));
    }
    if (c instanceof FunctionDefinition f) {
      return new FunctionDefinition(
          range(f.range()), word(f.nameWord()), command(f.body()), f.keyword());
    }
    if (c instanceof TestCommand t) {
      return new TestCommand(
          range(t.range()), all(t.words(), this::word), redirections(t.redirections()));
    }
    ArithmeticCommand a = (ArithmeticCommand) c;
    return new ArithmeticCommand(range(a.range()), a.expression(), redirections(a.redirections()));
  }

  private List<CommandList> lists(List<CommandList> lists) {
    return all(lists, this::commandList);
  }

  private Assignment assignment(Assignment a) {
    return moved(a, new Assignment(range(a.range()), a.name(), a.append(), word(a.value())));
  }

  private List<Redirection> redirections(List<Redirection> redirections) {
    return all(
        redirections,
        r ->
            moved(
                r,
                new Redirection(
                    range(r.range()),
                    r.fileDescriptor(),
                    r.operator(),
                    range(r.operatorRange()),
                    word(r.target()),
                    r.hereDocument().map(this::hereDocument))));
  }

  private HereDocument hereDocument(HereDocument h) {
    return new HereDocument(
        h.delimiter(),
        h.quoted(),
        h.stripTabs(),
        h.body(),
        range(h.bodyRange()),
        h.terminatorRange().map(this::range));
  }

  private ShellWord word(ShellWord w) {
    return moved(w, new ShellWord(w.text(), range(w.range()), parts(w.parts())));
  }

  private List<WordPart> parts(List<WordPart> parts) {
    return all(parts, this::part);
  }

  private WordPart part(WordPart p) {
    return moved(p, partMoved(p));
  }

  private WordPart partMoved(WordPart p) {
    if (p instanceof Literal l) {
      return new Literal(l.text(), range(l.range()), l.value());
    }
    if (p instanceof SingleQuoted q) {
      return new SingleQuoted(q.text(), range(q.range()), q.value(), q.ansiC());
    }
    if (p instanceof DoubleQuoted q) {
      return new DoubleQuoted(q.text(), range(q.range()), parts(q.parts()));
    }
    if (p instanceof ParameterExpansion e) {
      return new ParameterExpansion(
          e.text(), range(e.range()), e.name(), e.braced(), parts(e.parts()));
    }
    if (p instanceof CommandSubstitution s) {
      return new CommandSubstitution(s.text(), range(s.range()), script(s.script()));
    }
    if (p instanceof Backquote b) {
      return new Backquote(b.text(), range(b.range()), script(b.script()));
    }
    if (p instanceof ArithmeticExpansion a) {
      return new ArithmeticExpansion(a.text(), range(a.range()), a.expression(), parts(a.parts()));
    }
    if (p instanceof ProcessSubstitution s) {
      return new ProcessSubstitution(s.text(), range(s.range()), s.input(), script(s.script()));
    }
    ArrayLiteral a = (ArrayLiteral) p;
    return new ArrayLiteral(a.text(), range(a.range()), all(a.elements(), this::word));
  }

  private static <T> List<T> all(List<T> list, Function<T, T> move) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(move.apply(t));
    }
    return out;
  }
}
