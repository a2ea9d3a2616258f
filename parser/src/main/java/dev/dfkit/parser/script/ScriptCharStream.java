package dev.dfkit.parser.script;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A CharStream over a Java string's UTF-16 units, so token offsets are String indices (ANTLR's own
 * streams count code points). The same as the Dockerfile parser's, which is package-private there.
 */
final class ScriptCharStream implements CharStream {

  private final String text;
  private int index;

  ScriptCharStream(String text) {
    this.text = text;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(text.length() - 1, interval.b);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    if (index < text.length()) {
      index++;
    }
  }

  @Override
  public int LA(int i) {
    if (i == 0) {
      return 0;
    }
    int at = i > 0 ? index + i - 1 : index + i;
    if (at < 0 || at >= text.length()) {
      return IntStream.EOF;
    }
    return text.charAt(at);
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
    this.index = Math.max(0, Math.min(index, text.length()));
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return "script";
  }
}
