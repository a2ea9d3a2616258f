package dev.dfkit.parser.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replace the text of {@code range} with {@code newText} (an insertion when the range is empty).
 */
public record TextEdit(SourceRange range, String newText) {

  public static TextEdit insert(SourcePosition at, String text) {
    return new TextEdit(SourceRange.empty(at), text);
  }

  public static TextEdit delete(SourceRange range) {
    return new TextEdit(range, "");
  }

  /**
   * Applies non-overlapping edits to {@code text}. Edits are applied from the end so offsets stay
   * valid; overlapping edits are an error.
   *
   * @throws IllegalArgumentException if two edits overlap
   */
  public static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(
        Comparator.comparingInt((TextEdit e) -> e.range().startOffset())
            .thenComparingInt(e -> e.range().endOffset()));
    for (int i = 1; i < sorted.size(); i++) {
      TextEdit prev = sorted.get(i - 1);
      TextEdit next = sorted.get(i);
      if (next.range().startOffset() < prev.range().endOffset()
          || (next.range().startOffset() == prev.range().startOffset()
              && prev.range().length() == 0
              && next.range().length() == 0)) {
        throw new IllegalArgumentException("overlapping edits at " + next.range());
      }
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = sorted.size() - 1; i >= 0; i--) {
      TextEdit e = sorted.get(i);
      out.replace(e.range().startOffset(), e.range().endOffset(), e.newText());
    }
    return out.toString();
  }

  /** True when no two edits touch the same characters. */
  public static boolean disjoint(List<TextEdit> a, List<TextEdit> b) {
    for (TextEdit x : a) {
      for (TextEdit y : b) {
        int xs = x.range().startOffset();
        int xe = x.range().endOffset();
        int ys = y.range().startOffset();
        int ye = y.range().endOffset();
        if (xs < ye && ys < xe || xs == ys) {
          return false;
        }
      }
    }
    return true;
  }
}
