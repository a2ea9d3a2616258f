package dev.dfkit.lint.suppress;

import dev.dfkit.parser.ast.BlankLine;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Element;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which findings the file's own pragmas silence. A {@code global ignore} applies to the whole file;
 * an {@code ignore} pragma applies to the instruction right below its comment block (comment lines
 * directly above the instruction, no blank line between).
 */
public final class Suppressions {

  private record Local(SourceRange instruction, Set<String> rules) {}

  private final Set<String> global = new HashSet<>();
  private final List<Local> local = new ArrayList<>();
  private final List<Pragma> pragmas = new ArrayList<>();

  private Suppressions() {}

  /**
   * @param honourLocal false when configuration disables inline pragmas
   */
  public static Suppressions of(Dockerfile dockerfile, boolean honourLocal) {
    Suppressions s = new Suppressions();
    List<Pragma> block = new ArrayList<>();
    List<Element> elements = dockerfile.elements();
    for (int k = 0; k < elements.size(); k++) {
      Element e = elements.get(k);
      if (e instanceof Comment c) {
        Pragma.of(c)
            .ifPresent(
                p -> {
                  s.pragmas.add(p);
                  if (p.global()) {
                    s.global.addAll(p.rules());
                  } else {
                    block.add(p);
                  }
                });
      } else if (e instanceof Instruction i) {
        if (honourLocal && !block.isEmpty()) {
          Set<String> rules = new HashSet<>();
          block.forEach(p -> rules.addAll(p.rules()));
          s.local.add(new Local(i.range(), rules));
        }
        block.clear();
      } else if (e instanceof BlankLine && !indentation(elements, k)) {
        block.clear();
      }
    }
    return s;
  }

  /** The parser holds the whitespace before an indented instruction as a blank line of its own. */
  private static boolean indentation(List<Element> elements, int k) {
    return k + 1 < elements.size()
        && elements.get(k + 1).range().start().line() == elements.get(k).range().start().line();
  }

  /** Every pragma in the file (rule DL1001 reports them). */
  public List<Pragma> pragmas() {
    return List.copyOf(pragmas);
  }

  /** True when a finding of {@code rule} starting in {@code range} is silenced. */
  public boolean suppresses(String rule, SourceRange range) {
    if (global.contains(rule)) {
      return true;
    }
    // Instructions do not overlap and come in file order: the one that can hold the finding is the
    // last starting at or before it (a scan per finding was quadratic on big files).
    int offset = range.startOffset();
    int lo = 0;
    int hi = local.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (local.get(mid).instruction().start().offset() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (hi < 0) {
      return false;
    }
    Local l = local.get(hi);
    return l.instruction().containsOffset(offset) && l.rules().contains(rule);
  }
}
