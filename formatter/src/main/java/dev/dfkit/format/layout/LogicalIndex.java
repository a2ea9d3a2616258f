package dev.dfkit.format.layout;

import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;

/**
 * The way from source offsets back into an instruction's logical line (continuations joined,
 * comment lines dropped), so a flag or a JSON string can be printed exactly as the parser read it
 * even when it was written across lines.
 */
final class LogicalIndex {

  private final LogicalText line;
  // Made on first use: most instructions (a RUN without flags) never ask.
  private int[] sources;

  LogicalIndex(LogicalText line) {
    this.line = line;
  }

  /** The number of logical characters that come from source offsets before {@code offset}. */
  int index(int offset) {
    if (sources == null) {
      sources = new int[line.length()];
      for (int i = 0; i < sources.length; i++) {
        sources[i] = line.sourceOffset(i);
      }
    }
    int lo = 0;
    int hi = sources.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sources[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The logical text of a source range (a range the parser made on this line). */
  String text(SourceRange range) {
    return line.text().substring(index(range.startOffset()), index(range.endOffset()));
  }
}
