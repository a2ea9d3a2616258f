package dev.dfkit.parser.source;

/** A half-open span {@code [start, end)} of a source text. */
public record SourceRange(SourcePosition start, SourcePosition end) {

  public SourceRange {
    if (end.offset() < start.offset()) {
      throw new IllegalArgumentException("range ends before it starts: " + start + "-" + end);
    }
  }

  public static SourceRange empty(SourcePosition at) {
    return new SourceRange(at, at);
  }

  public int startOffset() {
    return start.offset();
  }

  public int endOffset() {
    return end.offset();
  }

  public int length() {
    return end.offset() - start.offset();
  }

  public boolean contains(SourceRange other) {
    return start.offset() <= other.start.offset() && other.end.offset() <= end.offset();
  }

  public boolean containsOffset(int offset) {
    return start.offset() <= offset && offset < end.offset();
  }

  /** This range moved by whole lines (see {@link SourcePosition#movedBy}). */
  public SourceRange movedBy(int lines, int chars) {
    SourcePosition s = start.movedBy(lines, chars);
    return new SourceRange(s, end.equals(start) ? s : end.movedBy(lines, chars));
  }

  /** The smallest range covering both. */
  public SourceRange union(SourceRange other) {
    SourcePosition s = start.offset() <= other.start.offset() ? start : other.start;
    SourcePosition e = end.offset() >= other.end.offset() ? end : other.end;
    return new SourceRange(s, e);
  }

  // Written out for the reason given in SourcePosition.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceRange r && start.equals(r.start) && end.equals(r.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  @Override
  public String toString() {
    return start.display() + "-" + end.display();
  }
}
