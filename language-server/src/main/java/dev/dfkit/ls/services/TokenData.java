package dev.dfkit.ls.services;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The integers of a semantic-tokens answer, held unboxed, with their JSON array text built once.
 *
 * <p>lsp4j types the data as {@code List<Integer>}, which Gson writes one boxed number at a time (a
 * string and a synchronized append each): on an 8,000-line file that cost more than painting the
 * tokens did. The server's JSON handler writes {@link #json()} as it is instead, so a version asked
 * for again (a refresh, a second editor) is one copy. Immutable.
 */
public final class TokenData extends AbstractList<Integer> implements RandomAccess {
  private final int[] data;
  private volatile String json;

  /** Takes {@code data} as it is: the caller hands it over and never changes it again. */
  TokenData(int[] data) {
    this.data = data;
  }

  /** A copy of {@code data}. */
  public static TokenData of(int... data) {
    return new TokenData(data.clone());
  }

  @Override
  public Integer get(int index) {
    return data[index];
  }

  @Override
  public int size() {
    return data.length;
  }

  /** The integers themselves (not a copy: read only). */
  int[] ints() {
    return data;
  }

  /** The JSON array of the integers, e.g. {@code [0,4,3,1,0]}; built on first use. */
  public String json() {
    String s = json;
    if (s == null) {
      StringBuilder b = new StringBuilder(data.length * 3 + 2).append('[');
      for (int i = 0; i < data.length; i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(data[i]);
      }
      s = b.append(']').toString();
      json = s;
    }
    return s;
  }
}
