package dev.dfkit.format.layout;

import dev.dfkit.format.FormatOptions.OperatorPosition;
import dev.dfkit.parser.script.AndOrList;
import dev.dfkit.parser.script.ArithmeticForClause;
import dev.dfkit.parser.script.BraceGroup;
import dev.dfkit.parser.script.CaseClause;
import dev.dfkit.parser.script.CaseItem;
import dev.dfkit.parser.script.Command;
import dev.dfkit.parser.script.CommandList;
import dev.dfkit.parser.script.ForClause;
import dev.dfkit.parser.script.FunctionDefinition;
import dev.dfkit.parser.script.IfBranch;
import dev.dfkit.parser.script.IfClause;
import dev.dfkit.parser.script.Pipeline;
import dev.dfkit.parser.script.Script;
import dev.dfkit.parser.script.ShellOperator;
import dev.dfkit.parser.script.ShellToken;
import dev.dfkit.parser.script.ShellTokenKind;
import dev.dfkit.parser.script.SimpleCommand;
import dev.dfkit.parser.script.Subshell;
import dev.dfkit.parser.script.WhileClause;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a shell-form command over the shell model: one command per line when the instruction is
 * broken (before or after {@code &&}, {@code ||}, {@code |} and {@code ;}), the bodies of
 * subshells, groups, {@code if}, loops and {@code case} one level deeper. Every token is printed
 * exactly as written; only the blanks between tokens change (one space where there were blanks,
 * nothing where there were none, or a line continuation).
 */
final class ShellLayout {

  private final DocBuilder b;
  private final List<ShellToken> tokens;
  private final int[] starts;
  private final boolean leading;
  private int emitted;

  ShellLayout(DocBuilder b, List<ShellToken> tokens, OperatorPosition operators) {
    this.b = b;
    this.tokens = tokens;
    this.starts = new int[tokens.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = tokens.get(i).range().startOffset();
    }
    this.leading = operators == OperatorPosition.LEADING;
  }

  /**
   * Emits the whole script into the open instruction group. The first token gets no separator (the
   * caller has put one).
   *
   * @param broken whether the instruction is broken: then every top-level command starts a line
   */
  void script(Script script, boolean broken) {
    List<AndOrList> items = items(script.lists());
    boolean single =
        items.size() == 1
            && items.get(0).pipelines().size() == 1
            && items.get(0).pipelines().get(0).commands().size() == 1
            && items.get(0).pipelines().get(0).commands().get(0) instanceof SimpleCommand;
    int argLevel = single ? 0 : 1;
    for (int k = 0; k < items.size(); k++) {
      AndOrList item = items.get(k);
      if (k > 0) {
        Optional<ShellOperator> prev = items.get(k - 1).terminator();
        ShellToken next = tokenAt(first(item));
        if (leading && prev.isPresent() && prev.get().text().equals(";")) {
          ShellToken semi = token(prev.get().range());
          List<String> c = concat(b.take(semi.range().startOffset()), b.take(first(item)));
          b.line(0, gap(semi), c);
          b.text(semi.text());
          emitted++;
          b.space(gap(next), " ");
        } else {
          b.line(0, gap(next));
        }
      }
      andOr(item, 0, broken, argLevel);
      Optional<ShellOperator> term = item.terminator();
      if (term.isPresent()
          && (k == items.size() - 1 || !leading || !term.get().text().equals(";"))) {
        ShellToken t = token(term.get().range());
        spacing(t, 0);
        atom(t, 0);
      }
    }
    // A comment ends the script: it runs to the end of the logical line.
    int end = items.isEmpty() ? -1 : lastTokenBefore(items.get(items.size() - 1), script);
    for (int i = end + 1; i < tokens.size(); i++) {
      if (emitted > 0) {
        spacing(tokens.get(i), argLevel);
      }
      atom(tokens.get(i), argLevel);
    }
    if (emitted != tokens.size()) {
      throw new Unsafe(
          "the shell layout did not place every token (" + emitted + " of " + tokens.size() + ")");
    }
  }

  private int lastTokenBefore(AndOrList last, Script script) {
    int end = last.terminator().map(t -> t.range().endOffset()).orElse(last.range().endOffset());
    int i = indexAtOrAfter(end);
    return i - 1;
  }

  private static List<AndOrList> items(List<CommandList> lists) {
    List<AndOrList> out = new ArrayList<>();
    for (CommandList l : lists) {
      out.addAll(l.items());
    }
    return out;
  }

  private void andOr(AndOrList a, int level, boolean force, int argLevel) {
    b.open(force);
    pipeline(a.pipelines().get(0), level, argLevel);
    for (int i = 0; i < a.operators().size(); i++) {
      Pipeline next = a.pipelines().get(i + 1);
      connect(token(a.operators().get(i).range()), first(next), level);
      pipeline(next, level, argLevel);
    }
    b.close();
  }

  private void pipeline(Pipeline p, int level, int argLevel) {
    if (p.bang().isPresent()) {
      ShellToken bang = token(p.bang().get());
      atom(bang, level);
      spacing(tokens.get(indexAtOrAfter(p.commands().get(0).range().startOffset())), level);
    }
    command(p.commands().get(0), level, argLevel);
    for (int i = 0; i < p.operators().size(); i++) {
      Command next = p.commands().get(i + 1);
      connect(token(p.operators().get(i).range()), next.range().startOffset(), level);
      command(next, level, argLevel);
    }
  }

  /** An operator between two commands, with the break on the side the options say. */
  private void connect(ShellToken op, int nextStart, int level) {
    List<String> c = concat(b.take(op.range().startOffset()), b.take(nextStart));
    String after = gap(tokenAt(nextStart));
    if (leading) {
      b.line(level, gap(op), c);
      b.text(op.text());
      b.space(after, " ");
    } else {
      b.space(gap(op), " ");
      b.text(op.text());
      b.line(level, after, c);
    }
    emitted++;
  }

  /** The blanks the author left before a token: one space, or nothing. */
  private String gap(ShellToken t) {
    int i = indexAtOrAfter(t.range().startOffset());
    return i > 0 && tokens.get(i - 1).end() < t.start() ? " " : "";
  }

  private ShellToken tokenAt(int sourceStart) {
    int i = indexAtOrAfter(sourceStart);
    if (i >= tokens.size()) {
      throw new Unsafe("no shell token at offset " + sourceStart);
    }
    return tokens.get(i);
  }

  private void command(Command c, int level, int argLevel) {
    if (c instanceof Subshell
        || c instanceof BraceGroup
        || c instanceof IfClause
        || c instanceof ForClause
        || c instanceof ArithmeticForClause
        || c instanceof WhileClause
        || c instanceof CaseClause) {
      block(c, level);
    } else if (c instanceof FunctionDefinition f) {
      int bodyStart = f.body().range().startOffset();
      int i = indexAtOrAfter(f.range().startOffset());
      boolean firstToken = true;
      for (; i < tokens.size() && starts[i] < bodyStart; i++) {
        if (!firstToken) {
          spacing(tokens.get(i), level + 1);
        }
        atom(tokens.get(i), level + 1);
        firstToken = false;
      }
      spacing(tokens.get(i), level + 1);
      command(f.body(), level, level + 1);
    } else {
      run(c.range(), argLevel, true);
    }
  }

  /** The tokens of a range in order, with the author's line breaks kept when {@code keep}. */
  private void run(SourceRange range, int level, boolean keep) {
    int i = indexAtOrAfter(range.startOffset());
    boolean firstToken = true;
    for (; i < tokens.size() && starts[i] < range.endOffset(); i++) {
      ShellToken t = tokens.get(i);
      if (!firstToken) {
        if (keep && t.range().start().line() > tokens.get(i - 1).range().end().line()) {
          b.hard(level);
        } else {
          spacing(t, level);
        }
      }
      atom(t, level);
      firstToken = false;
    }
  }

  private enum Role {
    BODY,
    INLINE,
    ITEM
  }

  private record Child(int start, int end, Role role, List<CommandList> lists, CaseItem item) {}

  private void block(Command c, int level) {
    List<Child> children = new ArrayList<>();
    if (c instanceof Subshell s) {
      addLists(children, s.body(), Role.BODY);
    } else if (c instanceof BraceGroup g) {
      addLists(children, g.body(), Role.BODY);
    } else if (c instanceof IfClause f) {
      for (IfBranch branch : f.branches()) {
        addLists(children, branch.condition(), Role.INLINE);
        addLists(children, branch.body(), Role.BODY);
      }
      addLists(children, f.elseBody(), Role.BODY);
    } else if (c instanceof ForClause f) {
      addLists(children, f.body(), Role.BODY);
    } else if (c instanceof ArithmeticForClause f) {
      addLists(children, f.body(), Role.BODY);
    } else if (c instanceof WhileClause w) {
      addLists(children, w.condition(), Role.INLINE);
      addLists(children, w.body(), Role.BODY);
    } else if (c instanceof CaseClause k) {
      for (CaseItem item : k.items()) {
        children.add(
            new Child(
                item.range().startOffset(), item.range().endOffset(), Role.ITEM, List.of(), item));
      }
    }
    children.sort(Comparator.comparingInt(Child::start));
    b.open(spansLines(c.range()));
    int i = indexAtOrAfter(c.range().startOffset());
    int end = c.range().endOffset();
    int next = 0;
    boolean firstUnit = true;
    boolean afterOpener = false;
    while (i < tokens.size() && starts[i] < end) {
      ShellToken t = tokens.get(i);
      Child child =
          next < children.size() && children.get(next).start <= starts[i]
              ? children.get(next)
              : null;
      if (child != null) {
        next++;
        if (afterOpener || (child.role == Role.ITEM && !firstUnit)) {
          b.line(level + 1, gap(t));
        } else if (!firstUnit) {
          spacing(t, level + 1);
        }
        switch (child.role) {
          case BODY -> items(child.lists, level + 1, true);
          case INLINE -> items(child.lists, level, false);
          case ITEM -> caseItem(child.item, level + 1);
        }
        i = indexAtOrAfter(child.end);
        afterOpener = false;
        firstUnit = false;
        continue;
      }
      if (isCloser(t, c)) {
        b.line(level, gap(t));
      } else if (afterOpener) {
        b.line(level + 1, gap(t));
      } else if (!firstUnit) {
        spacing(t, level + 1);
      }
      atom(t, level + 1);
      afterOpener = isOpener(t, c, firstUnit);
      firstUnit = false;
      i++;
    }
    b.close();
  }

  private static void addLists(List<Child> children, List<CommandList> lists, Role role) {
    if (lists.isEmpty()) {
      return;
    }
    children.add(
        new Child(
            lists.get(0).range().startOffset(),
            lists.get(lists.size() - 1).range().endOffset(),
            role,
            lists,
            null));
  }

  /** And-or lists one per line at {@code level} (a body) or side by side (a condition). */
  private void items(List<CommandList> lists, int level, boolean body) {
    List<AndOrList> items = items(lists);
    for (int k = 0; k < items.size(); k++) {
      AndOrList item = items.get(k);
      if (k > 0) {
        if (body) {
          b.line(level, gap(tokenAt(item.range().startOffset())));
        } else {
          spacing(tokens.get(indexAtOrAfter(item.range().startOffset())), level);
        }
      }
      andOr(item, level, spansLines(item.range()), level + 1);
      if (item.terminator().isPresent()) {
        ShellToken t = token(item.terminator().get().range());
        spacing(t, level);
        atom(t, level);
      }
    }
  }

  private void caseItem(CaseItem item, int level) {
    b.open(spansLines(item.range()));
    int patternEnd =
        !item.body().isEmpty()
            ? item.body().get(0).range().startOffset()
            : item.terminator().map(t -> t.range().startOffset()).orElse(item.range().endOffset());
    run(new SourceRange(item.range().start(), positionOf(patternEnd, item)), level + 1, false);
    if (!item.body().isEmpty()) {
      b.line(level + 1, gap(tokenAt(item.body().get(0).range().startOffset())));
      items(item.body(), level + 1, true);
    }
    if (item.terminator().isPresent()) {
      ShellToken t = token(item.terminator().get().range());
      if (item.body().isEmpty()) {
        spacing(t, level + 1);
      } else {
        b.line(level + 1, gap(t));
      }
      atom(t, level + 1);
    }
    b.close();
  }

  private dev.dfkit.parser.source.SourcePosition positionOf(int offset, CaseItem item) {
    int i = indexAtOrAfter(offset);
    if (i < tokens.size() && starts[i] == offset) {
      return tokens.get(i).range().start();
    }
    return item.range().end();
  }

  private static boolean isOpener(ShellToken t, Command c, boolean first) {
    String s = t.text();
    if (c instanceof Subshell) {
      return first && s.equals("(");
    }
    if (c instanceof BraceGroup) {
      return first && s.equals("{");
    }
    if (t.kind() != ShellTokenKind.RESERVED_WORD && t.kind() != ShellTokenKind.WORD) {
      return false;
    }
    if (c instanceof IfClause) {
      return s.equals("then") || s.equals("else");
    }
    if (c instanceof ForClause || c instanceof ArithmeticForClause || c instanceof WhileClause) {
      return s.equals("do");
    }
    if (c instanceof CaseClause) {
      return s.equals("in");
    }
    return false;
  }

  private static boolean isCloser(ShellToken t, Command c) {
    String s = t.text();
    if (c instanceof Subshell) {
      return t.kind() == ShellTokenKind.OPERATOR && s.equals(")");
    }
    if (t.kind() != ShellTokenKind.RESERVED_WORD) {
      return false;
    }
    if (c instanceof BraceGroup) {
      return s.equals("}");
    }
    if (c instanceof IfClause) {
      return s.equals("elif") || s.equals("else") || s.equals("fi");
    }
    if (c instanceof ForClause || c instanceof ArithmeticForClause || c instanceof WhileClause) {
      return s.equals("done");
    }
    if (c instanceof CaseClause) {
      return s.equals("esac");
    }
    return false;
  }

  /** One space where the author left blanks before the token, nothing where they did not. */
  private void spacing(ShellToken t, int level) {
    int i = indexAtOrAfter(t.range().startOffset());
    if (i > 0 && tokens.get(i - 1).end() < t.start()) {
      b.space();
    }
  }

  private void atom(ShellToken t, int level) {
    b.atom(t.text(), t.range().startOffset(), level);
    emitted++;
  }

  private ShellToken token(SourceRange range) {
    int i = indexAtOrAfter(range.startOffset());
    if (i >= tokens.size() || starts[i] != range.startOffset()) {
      throw new Unsafe("no shell token at " + range);
    }
    return tokens.get(i);
  }

  private int first(AndOrList a) {
    return a.range().startOffset();
  }

  private int first(Pipeline p) {
    return p.range().startOffset();
  }

  private int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static boolean spansLines(SourceRange r) {
    return r.start().line() != r.end().line();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
