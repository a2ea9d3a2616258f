package dev.dfkit.parser.source;

import java.util.Arrays;

/**
 * Converts between offsets and line/column positions of one text. Lines end after {@code \n}; a
 * {@code \r} before it belongs to the line it ends.
 */
public final class LineMap {

  private final int length;
  private final int[] lineStarts;
  // Lookups mostly walk forward through the text: remember the last line found. A racy int is
  // fine: every value it can hold is a valid line index.
  private int lastLine;

  private LineMap(int length, int[] lineStarts) {
    this.length = length;
    this.lineStarts = lineStarts;
  }

  public static LineMap of(CharSequence text) {
    if (text instanceof String s) {
      return of(s);
    }
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineMap(text.length(), Arrays.copyOf(starts, count));
  }

  /** The same for a String, found with {@code indexOf}: a call per line, not per character. */
  public static LineMap of(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return new LineMap(text.length(), Arrays.copyOf(starts, count));
  }

  /**
   * The map of {@code text}, an edit of {@code before}'s text that kept its first {@code head} and
   * last {@code tail} characters (not overlapping in either text): the line starts in the head are
   * the old ones, those in the tail the old ones moved, and only the changed middle is read.
   */
  public static LineMap edited(LineMap before, String text, int head, int tail) {
    int oldLength = before.length;
    int shift = text.length() - oldLength;
    int[] old = before.lineStarts;
    // the old starts whose newline lies in the head (start <= head) are those up to head's line
    int keepHead = before.lineOf(head) + 1;
    // those whose newline lies in the tail (start > oldLength - tail) follow that offset's line
    int fromTail = before.lineOf(oldLength - tail) + 1;
    int[] starts = new int[keepHead + 16 + (old.length - fromTail)];
    System.arraycopy(old, 0, starts, 0, keepHead);
    int count = keepHead;
    int middleEnd = text.length() - tail;
    for (int i = text.indexOf('\n', head); i >= 0 && i < middleEnd; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2 + (old.length - fromTail));
      }
      starts[count++] = i + 1;
    }
    int rest = old.length - fromTail;
    if (count + rest > starts.length) {
      starts = Arrays.copyOf(starts, count + rest);
    }
    for (int k = fromTail; k < old.length; k++) {
      starts[count++] = old[k] + shift;
    }
    return new LineMap(text.length(), Arrays.copyOf(starts, count));
  }

  /** Number of lines; a text ending in a newline has an empty last line. */
  public int lineCount() {
    return lineStarts.length;
  }

  public int length() {
    return length;
  }

  public int lineStart(int line) {
    return lineStarts[line];
  }

  /** Offset just past the line's content, before its {@code \n} (the {@code \r}, if any, stays). */
  public int lineEnd(int line) {
    return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : length;
  }

  public int lineOf(int offset) {
    checkOffset(offset);
    int last = lastLine;
    if (lineStarts[last] <= offset) {
      if (last + 1 == lineStarts.length || offset < lineStarts[last + 1]) {
        return last;
      }
      if (last + 2 == lineStarts.length || offset < lineStarts[last + 2]) {
        lastLine = last + 1;
        return last + 1;
      }
    }
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    lastLine = line;
    return line;
  }

  public SourcePosition position(int offset) {
    int line = lineOf(offset);
    return new SourcePosition(line, offset - lineStarts[line], offset);
  }

  public SourceRange range(int startOffset, int endOffset) {
    return new SourceRange(position(startOffset), position(endOffset));
  }

  /** The offset of a 0-based line and column, clamped to the line's end. */
  public int offset(int line, int column) {
    if (line < 0) {
      return 0;
    }
    if (line >= lineStarts.length) {
      return length;
    }
    return Math.min(lineStarts[line] + Math.max(column, 0), lineEnd(line));
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + length + "]");
    }
  }
}
