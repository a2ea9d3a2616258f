package dev.dfkit.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A CharStream over a Java string's UTF-16 units, so token offsets are String indices (ANTLR's own
 * streams count code points, which differ once a file holds characters beyond the BMP). Both the
 * Dockerfile lexer and the shell lexer read through it.
 *
 * <p>The lexers call {@link #LA} once or more per character: it reads a {@code char[]} copy, which
 * costs a bounds check, where {@code String.charAt} costs a call chain the quick (C1) compiler
 * dflint runs with does not fold away.
 */
public final class Utf16CharStream implements CharStream {

  private final String text;

  /** The text from {@link #from} on (a re-parse reads only the part after what it keeps). */
  private final char[] chars;

  private final int from;

  /**
   * Where the stream ends, the text's length unless told otherwise: {@code String.length()} is two
   * calls (value length, coder) that C1 leaves in every {@link #LA}, about a tenth of lexing a
   * file.
   */
  private final int length;

  private final String name;
  private int index;

  public Utf16CharStream(String text, String name) {
    this(text, name, 0);
  }

  /** A stream positioned at {@code from}; indices stay those of the whole text. */
  public Utf16CharStream(String text, String name, int from) {
    this(text, name, from, text.length());
  }

  /**
   * A stream over {@code text} from {@code from} that ends at {@code to}, as if the text stopped
   * there (a re-parse reads only the changed part); indices stay those of the whole text.
   */
  public Utf16CharStream(String text, String name, int from, int to) {
    this.text = text;
    this.length = Math.max(0, Math.min(to, text.length()));
    this.from = Math.max(0, Math.min(from, length));
    this.chars = new char[length - this.from];
    text.getChars(this.from, length, chars, 0);
    this.name = name;
    this.index = this.from;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(length - 1, interval.b);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    // ANTLR's speculative predicate evaluation consumes one character even at the end of input
    // (a predicate after EOF in a lexer rule); staying at EOF is the right answer there.
    if (index < length) {
      index++;
    }
  }

  @Override
  public int LA(int i) {
    int at;
    if (i > 0) {
      at = index + i - 1;
    } else if (i < 0) {
      at = index + i;
    } else {
      return 0;
    }
    if (at >= from) {
      return at < length ? chars[at - from] : IntStream.EOF;
    }
    return at >= 0 ? text.charAt(at) : IntStream.EOF; // looking behind the start
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return index;
  }

  @Override
  public void seek(int index) {
    this.index = Math.max(0, Math.min(index, length));
  }

  @Override
  public int size() {
    return length;
  }

  @Override
  public String getSourceName() {
    return name;
  }
}
