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

  @Override
  public int compareTo(SourcePosition other) {
    return Integer.compare(offset, other.offset);
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
