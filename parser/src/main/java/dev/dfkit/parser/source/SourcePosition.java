package dev.dfkit.parser.source;

/**
 * A point in a source text. All three numbers are 0-based; {@code column} and {@code offset} count
 * UTF-16 code units (Java {@code char}s), as the Language Server Protocol does by default. Shown to
 * users as 1-based {@code line:column}.
 */
public record SourcePosition(int line, int column, int offset)
    implements Comparable<SourcePosition> {

  public static final SourcePosition START = new SourcePosition(0, 0, 0);

  public SourcePosition {
    if (line < 0 || column < 0 || offset < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column + "@" + offset);
    }
  }

  // equals and hashCode written out: a record's generated ones link through method handles on first
  // use (milliseconds of a cold start) and stay slower in C1-compiled code, and positions are
  // compared on every edit in the language server.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition p
        && offset == p.offset
        && line == p.line
        && column == p.column;
  }

  @Override
  public int hashCode() {
    return (line * 31 + column) * 31 + offset;
  }

  @Override
  public int compareTo(SourcePosition other) {
    return Integer.compare(offset, other.offset);
  }

  /**
   * Where this position is once the text it is in moved by whole lines: {@code lines} lines and
   * {@code chars} characters further on, the column unchanged.
   */
  public SourcePosition movedBy(int lines, int chars) {
    return new SourcePosition(line + lines, column, offset + chars);
  }

  /** {@code line:column}, 1-based, as printed in messages. */
  public String display() {
    return (line + 1) + ":" + (column + 1);
  }

  @Override
  public String toString() {
    return display();
  }
}
