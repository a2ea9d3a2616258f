package dev.dfkit.ls.services;

import dev.dfkit.lint.Finding;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's findings (this file's only) filed under each line they cover, so a hover finds the
 * ones under the cursor without walking them all: tens of thousands on a big file, a walk that made
 * hovers grow with the file.
 */
final class FindingsByLine {
  private final List<Finding> source;
  private final List<List<Finding>> byLine;

  FindingsByLine(List<Finding> source, LineMap lines) {
    this.source = source;
    this.byLine = new ArrayList<>(lines.lineCount());
    for (int i = 0; i < lines.lineCount(); i++) {
      byLine.add(null);
    }
    for (Finding f : source) {
      if (f.file().isPresent()) {
        continue;
      }
      int last = Math.min(f.range().end().line(), lines.lineCount() - 1);
      for (int line = Math.max(0, f.range().start().line()); line <= last; line++) {
        List<Finding> here = byLine.get(line);
        if (here == null) {
          here = new ArrayList<>(2);
          byLine.set(line, here);
        }
        here.add(f);
      }
    }
  }

  /**
   * Whether this index was built from {@code findings}: the same list as computed for this version
   * (the diagnostics hand out a fresh copy of the same findings each time; a new lint, or
   * ShellCheck's findings arriving, changes the first or last finding or the count).
   */
  boolean isOf(List<Finding> findings) {
    int n = findings.size();
    return n == source.size()
        && (n == 0
            || (findings.get(0) == source.get(0) && findings.get(n - 1) == source.get(n - 1)));
  }

  /** The findings whose range touches {@code offset}, in their order. */
  List<Finding> at(LineMap lines, int offset) {
    int line = lines.lineOf(offset);
    List<Finding> here = line < byLine.size() ? byLine.get(line) : null;
    if (here == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : here) {
      if (Positions.touches(f.range(), offset)) {
        out.add(f);
      }
    }
    return out;
  }
}
