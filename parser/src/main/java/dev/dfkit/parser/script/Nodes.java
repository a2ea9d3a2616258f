package dev.dfkit.parser.script;

import java.util.ArrayList;
import java.util.List;

/** List helpers for {@link ShellNode#children()}. */
final class Nodes {

  private Nodes() {}

  @SafeVarargs
  static List<ShellNode> concat(List<? extends ShellNode>... lists) {
    int size = 0;
    for (List<? extends ShellNode> l : lists) {
      size += l.size();
    }
    List<ShellNode> out = new ArrayList<>(size);
    for (List<? extends ShellNode> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }
}
