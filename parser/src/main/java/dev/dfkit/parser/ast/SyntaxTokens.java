package dev.dfkit.parser.ast;

import java.util.Arrays;

/**
 * Every token of a Dockerfile in order, stored compactly (a file of megabytes has millions). The
 * tokens tile the text: token {@code i} ends where token {@code i+1} starts, so concatenating their
 * texts gives back the source byte for byte.
 */
public final class SyntaxTokens {

  private final String text;
  private final TokenKind[] kinds;
  private final int[] starts;
  private final int size;

  private SyntaxTokens(String text, TokenKind[] kinds, int[] starts, int size) {
    this.text = text;
    this.kinds = kinds;
    this.starts = starts;
    this.size = size;
  }

  public int size() {
    return size;
  }

  public TokenKind kind(int i) {
    check(i);
    return kinds[i];
  }

  public int start(int i) {
    check(i);
    return starts[i];
  }

  public int end(int i) {
    check(i);
    return i + 1 < size ? starts[i + 1] : text.length();
  }

  public String text(int i) {
    return text.substring(start(i), end(i));
  }

  /** Index of the token containing {@code offset} (the last token for the end of the text). */
  public int indexAt(int offset) {
    int i = Arrays.binarySearch(starts, 0, size, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
  }

  /** Collects tokens in order; the builder checks they tile the text. */
  public static final class Builder {
    private final String text;
    private TokenKind[] kinds = new TokenKind[256];
    private int[] starts = new int[256];
    private int size;

    public Builder(String text) {
      this.text = text;
    }

    public Builder add(TokenKind kind, int start) {
      if (size == kinds.length) {
        kinds = Arrays.copyOf(kinds, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
      }
      int expected = size == 0 ? 0 : starts[size - 1];
      if (start < expected) {
        throw new IllegalArgumentException("token at " + start + " before " + expected);
      }
      kinds[size] = kind;
      starts[size] = start;
      size++;
      return this;
    }

    public SyntaxTokens build() {
      return new SyntaxTokens(text, kinds, starts, size);
    }
  }
}
