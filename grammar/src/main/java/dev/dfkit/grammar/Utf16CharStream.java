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
  private final char[] chars;
  private final String name;
  private int index;

  public Utf16CharStream(String text, String name) {
    this.text = text;
    this.chars = text.toCharArray();
    this.name = name;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(chars.length - 1, interval.b);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    // ANTLR's speculative predicate evaluation consumes one character even at the end of input
    // (a predicate after EOF in a lexer rule); staying at EOF is the right answer there.
    if (index < chars.length) {
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
    return at >= 0 && at < chars.length ? chars[at] : IntStream.EOF;
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
    this.index = Math.max(0, Math.min(index, chars.length));
  }

  @Override
  public int size() {
    return chars.length;
  }

  @Override
  public String getSourceName() {
    return name;
  }
}
