package dev.dfkit.parser.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text assembled from pieces of a source file, with the way back: every character knows where it
 * came from. An instruction's logical line (continuations removed, comment lines inside it dropped)
 * is one; so is a shell script inside {@code RUN}. Offsets into {@link #text()} map to exact source
 * positions even when the text spans several physical lines.
 */
public final class LogicalText {

  private final String text;
  private final LineMap lines;
  // Piece i covers text[textStarts[i], textStarts[i+1]) and starts at source offset
  // sourceStarts[i].
  private final int[] textStarts;
  private final int[] sourceStarts;
  private final int sourceEnd;
  private int lastPiece;

  private LogicalText(
      String text, LineMap lines, int[] textStarts, int[] sourceStarts, int sourceEnd) {
    this.text = text;
    this.lines = lines;
    this.textStarts = textStarts;
    this.sourceStarts = sourceStarts;
    this.sourceEnd = sourceEnd;
  }

  /** Text that is one contiguous slice of the source starting at {@code sourceStart}. */
  public static LogicalText contiguous(String text, LineMap lines, int sourceStart) {
    return new LogicalText(
        text, lines, new int[] {0}, new int[] {sourceStart}, sourceStart + text.length());
  }

  public static Builder builder(LineMap lines) {
    return new Builder(lines);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Source offset of the character at {@code index}; {@code length()} maps past the last one. */
  public int sourceOffset(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException(index);
    }
    if (index == text.length()) {
      return text.isEmpty() ? sourceStarts[0] : sourceOffset(index - 1) + 1;
    }
    int piece = pieceAt(index);
    return sourceStarts[piece] + (index - textStarts[piece]);
  }

  /**
   * The index in the text of the character at a source offset, or -1 when that source character is
   * not part of the text (a continuation, a dropped comment line).
   */
  public int indexOfSource(int sourceOffset) {
    for (int p = 0; p < sourceStarts.length; p++) {
      int length = (p + 1 < textStarts.length ? textStarts[p + 1] : text.length()) - textStarts[p];
      if (sourceOffset >= sourceStarts[p] && sourceOffset < sourceStarts[p] + length) {
        return textStarts[p] + (sourceOffset - sourceStarts[p]);
      }
    }
    return -1;
  }

  public SourcePosition position(int index) {
    return lines.position(sourceOffset(index));
  }

  /**
   * The source range of {@code text[start, end)}. An empty span sits just after the character
   * before it (so the empty value of {@code --link} stays on its line even when a continuation
   * follows), or at the start of the text.
   */
  public SourceRange range(int start, int end) {
    if (end < start) {
      throw new IllegalArgumentException(start + " > " + end);
    }
    if (start == end) {
      int at =
          start == 0 ? (text.isEmpty() ? sourceEnd : sourceOffset(0)) : sourceOffset(start - 1) + 1;
      SourcePosition p = lines.position(at);
      return new SourceRange(p, p);
    }
    return lines.range(sourceOffset(start), sourceOffset(end - 1) + 1);
  }

  /** Source offset just past the last character. */
  public int endOffset() {
    return text.isEmpty() ? sourceEnd : sourceOffset(text.length() - 1) + 1;
  }

  /** The part {@code text[start, end)}, still mapped to the source. */
  public LogicalText slice(int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IndexOutOfBoundsException(start + ".." + end + " of " + text.length());
    }
    Builder b = new Builder(lines);
    if (start == end) {
      return b.build(start == text.length() ? endOffset() : sourceOffset(start));
    }
    int piece = pieceAt(start);
    for (int i = start; i < end; piece++) {
      int pieceEnd = piece + 1 < textStarts.length ? textStarts[piece + 1] : text.length();
      int to = Math.min(end, pieceEnd);
      b.append(text, i, to, sourceStarts[piece] + (i - textStarts[piece]));
      i = to;
    }
    return b.build(0);
  }

  private int pieceAt(int index) {
    // Lookups mostly walk forward through the text: try the last piece found first. A racy int is
    // fine: every value it can hold is a valid piece index.
    int last = lastPiece;
    int pieces = textStarts.length;
    if (textStarts[last] <= index) {
      if (last + 1 == pieces || index < textStarts[last + 1]) {
        return last;
      }
      if (last + 2 == pieces || index < textStarts[last + 2]) {
        lastPiece = last + 1; // the next line of a continued RUN
        return last + 1;
      }
    }
    int piece = Arrays.binarySearch(textStarts, index);
    piece = piece >= 0 ? piece : -piece - 2;
    lastPiece = piece;
    return piece;
  }

  /**
   * This text taken the same way from source {@code shift} offsets further on, in a text whose
   * lines are {@code lines} (the lines holding it moved there whole).
   */
  public LogicalText shifted(LineMap lines, int shift) {
    int[] starts = new int[sourceStarts.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sourceStarts[i] + shift;
    }
    return new LogicalText(text, lines, textStarts, starts, sourceEnd + shift);
  }

  /**
   * True when {@code other} is this text taken the same way from source {@code shift} offsets
   * further on: the same characters, from pieces that each start {@code shift} later. (Caches of
   * parses use it to reuse a tree for text that only moved.)
   */
  public boolean isShiftOf(LogicalText other, int shift) {
    if (!text.equals(other.text)
        || sourceEnd != other.sourceEnd + shift
        || !Arrays.equals(textStarts, other.textStarts)
        || sourceStarts.length != other.sourceStarts.length) {
      return false;
    }
    for (int i = 0; i < sourceStarts.length; i++) {
      if (sourceStarts[i] != other.sourceStarts[i] + shift) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogicalText other
        && text.equals(other.text)
        && Arrays.equals(textStarts, other.textStarts)
        && Arrays.equals(sourceStarts, other.sourceStarts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, Arrays.hashCode(sourceStarts));
  }

  @Override
  public String toString() {
    return text;
  }

  /** Collects pieces of source text in order. */
  public static final class Builder {
    private final LineMap lines;
    // While the text is at most one slice of one String (most logical lines: no continuation), it
    // is kept as that slice and cut once by build(): no copy into a StringBuilder (which copies a
    // non-Latin-1 source char by char) and none out of it.
    private String slice;
    private int sliceStart;
    private int sliceEnd;
    private StringBuilder text;
    private int[] textStarts = new int[8];
    private int[] sourceStarts = new int[8];
    private int count;
    private int lastSourceEnd = -1;

    private Builder(LineMap lines) {
      this.lines = lines;
    }

    /** Appends {@code piece}, which sits in the source at {@code sourceStart}. */
    public Builder append(CharSequence piece, int sourceStart) {
      if (piece instanceof String s) {
        return append(s, 0, s.length(), sourceStart);
      }
      if (piece.length() == 0) {
        return this;
      }
      if (sourceStart != lastSourceEnd) {
        addPiece(sourceStart);
      }
      chars().append(piece);
      lastSourceEnd = sourceStart + piece.length();
      return this;
    }

    /** Appends another logical text, keeping its mapping. */
    public Builder append(LogicalText other) {
      for (int p = 0; p < other.textStarts.length; p++) {
        int from = other.textStarts[p];
        int to = p + 1 < other.textStarts.length ? other.textStarts[p + 1] : other.text.length();
        append(other.text, from, to, other.sourceStarts[p]);
      }
      return this;
    }

    /** Appends {@code source[start, end)}, which sits in the source at {@code start}. */
    public Builder append(String source, int start, int end) {
      return append(source, start, end, start);
    }

    /** Appends {@code s[from, to)}, which sits in the source at {@code sourceStart}. */
    private Builder append(String s, int from, int to, int sourceStart) {
      if (from == to) {
        return this;
      }
      if (sourceStart != lastSourceEnd) {
        addPiece(sourceStart);
      }
      if (text == null && slice == null) {
        slice = s;
        sliceStart = from;
        sliceEnd = to;
      } else if (text == null && slice == s && sliceEnd == from) {
        sliceEnd = to;
      } else {
        chars().append(s, from, to);
      }
      lastSourceEnd = sourceStart + (to - from);
      return this;
    }

    /** The text as a StringBuilder, from here on. */
    private StringBuilder chars() {
      if (text == null) {
        text = new StringBuilder();
        if (slice != null) {
          text.append(slice, sliceStart, sliceEnd);
          slice = null;
        }
      }
      return text;
    }

    private void addPiece(int sourceStart) {
      if (count == textStarts.length) {
        textStarts = Arrays.copyOf(textStarts, count * 2);
        sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
      }
      textStarts[count] = length();
      sourceStarts[count] = sourceStart;
      count++;
    }

    public int length() {
      if (text != null) {
        return text.length();
      }
      return slice == null ? 0 : sliceEnd - sliceStart;
    }

    /**
     * @param emptyAt source offset an empty text is anchored at
     */
    public LogicalText build(int emptyAt) {
      if (count == 0) {
        return new LogicalText("", lines, new int[] {0}, new int[] {emptyAt}, emptyAt);
      }
      return new LogicalText(
          text != null ? text.toString() : slice.substring(sliceStart, sliceEnd),
          lines,
          Arrays.copyOf(textStarts, count),
          Arrays.copyOf(sourceStarts, count),
          lastSourceEnd);
    }
  }
}
