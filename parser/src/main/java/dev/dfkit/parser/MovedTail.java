package dev.dfkit.parser;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.source.SourceRange;

/**
 * The part of an earlier parse that a re-parse took over below an edit: the earlier elements from
 * offset {@code oldStart} (a line start) on, each the same text, now {@code lineShift} lines and
 * {@code newStart - oldStart} characters further on (columns unchanged: they start whole lines).
 * Lets a tool that analysed {@code previous} move what it found there instead of finding it again.
 *
 * @param previous the tree the elements were taken from
 * @param oldStart where they started in it
 * @param newStart where they start in the new tree
 * @param lineShift how many lines further on they are
 */
public record MovedTail(Dockerfile previous, int oldStart, int newStart, int lineShift) {

  /** How many characters further on the moved elements are. */
  public int shift() {
    return newStart - oldStart;
  }

  /** True when {@code range} of the earlier text lies in the moved part. */
  public boolean holds(SourceRange range) {
    return range.startOffset() >= oldStart;
  }

  /** Where {@code range} of the earlier text's moved part is now. */
  public SourceRange moved(SourceRange range) {
    return range.movedBy(lineShift, shift());
  }
}
