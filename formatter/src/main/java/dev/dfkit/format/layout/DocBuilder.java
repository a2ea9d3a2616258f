package dev.dfkit.format.layout;

import dev.dfkit.format.layout.Doc.Group;
import dev.dfkit.format.layout.Doc.Line;
import dev.dfkit.format.layout.Doc.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link Doc} in reading order (gjf's OpsBuilder idea): open and close groups, add text,
 * spaces and lines. Comment lines inside an instruction's continuation are anchored to the token
 * that follows them; when that token is added they go on the line break just before it, which is
 * made a hard break.
 */
final class DocBuilder {

  private static final Text SPACE = new Text(" ");

  private final Deque<List<Doc>> parts = new ArrayDeque<>();
  private final Deque<Boolean> forced = new ArrayDeque<>();
  private final TreeMap<Integer, List<String>> comments;

  /**
   * @param comments comment lines by the source offset of the token they come before
   */
  DocBuilder(Map<Integer, List<String>> comments) {
    this.comments = new TreeMap<>(comments);
    parts.push(new ArrayList<>());
    forced.push(false);
  }

  void open(boolean force) {
    parts.push(new ArrayList<>());
    forced.push(force);
  }

  void close() {
    List<Doc> group = parts.pop();
    boolean force = forced.pop();
    parts.peek().add(new Group(group, force));
  }

  /** Text that no comment can precede (a keyword, punctuation the layout adds). */
  void text(String s) {
    parts.peek().add(new Text(s));
  }

  /**
   * A token of the source at {@code sourceStart}: comments anchored there go on the break before
   * it, which becomes a hard break at {@code level} if it was a plain space.
   */
  void atom(String s, int sourceStart, int level) {
    List<String> before = comments.remove(sourceStart);
    if (before != null) {
      attach(before, level);
    }
    parts.peek().add(new Text(s));
  }

  /** Removes and returns the comments anchored to the token at {@code sourceStart}. */
  List<String> take(int sourceStart) {
    List<String> c = comments.remove(sourceStart);
    return c == null ? List.of() : c;
  }

  /** Puts the comments back on the token at {@code sourceStart} (after {@link #take}). */
  void give(int sourceStart, List<String> c) {
    if (!c.isEmpty()) {
      comments.merge(
          sourceStart,
          c,
          (a, b) -> {
            List<String> all = new ArrayList<>(b);
            all.addAll(a);
            return all;
          });
    }
  }

  void space() {
    parts.peek().add(SPACE);
  }

  /** A break of the enclosing group; one space when the group stays on one line. */
  void line(int level) {
    parts.peek().add(new Line(" ", false, level, List.of()));
  }

  /** A break of the enclosing group; {@code flat} when the group stays on one line. */
  void line(int level, String flat) {
    parts.peek().add(new Line(flat, false, level, List.of()));
  }

  /** A break of the enclosing group with comment lines (which make it break). */
  void line(int level, String flat, List<String> before) {
    parts.peek().add(new Line(flat, false, level, before));
  }

  /** Blanks that are {@code flat} on one line and {@code broken} when the group breaks. */
  void space(String flat, String broken) {
    parts.peek().add(new Doc.Space(flat, broken));
  }

  /** A break that is always taken. */
  void hard(int level) {
    parts.peek().add(new Line(" ", true, level, List.of()));
  }

  /** True when every anchored comment was placed. */
  boolean allCommentsPlaced() {
    return comments.isEmpty();
  }

  Doc build() {
    if (parts.size() != 1) {
      throw new IllegalStateException("unbalanced groups");
    }
    if (!comments.isEmpty()) {
      throw new Unsafe("a comment line inside the instruction sits where no token follows it");
    }
    List<Doc> top = parts.peek();
    return top.size() == 1 && top.get(0) instanceof Group g ? g : new Group(top, false);
  }

  private void attach(List<String> before, int level) {
    for (List<Doc> list : parts) {
      if (list.isEmpty()) {
        continue;
      }
      int last = list.size() - 1;
      Doc d = list.get(last);
      if (d instanceof Line l) {
        List<String> all = new ArrayList<>(l.comments());
        all.addAll(before);
        list.set(last, new Line(l.flat(), l.hard(), l.level(), all));
        return;
      }
      if (d == SPACE || d instanceof Doc.Space) {
        list.set(last, new Line(" ", true, level, before));
        return;
      }
      throw new Unsafe("a comment line inside the instruction sits between two joined tokens");
    }
    throw new Unsafe("a comment line inside the instruction comes before its keyword");
  }
}
