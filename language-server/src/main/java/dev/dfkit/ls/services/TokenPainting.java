package dev.dfkit.ls.services;

import dev.dfkit.parser.source.LineMap;
import java.util.Arrays;

/** Each character's token (-1 for none), and each token's type and modifiers. */
final class TokenPainting {
  private final String text;
  private final LineMap lines;
  private final int[] paint;
  private final int[] types;
  private final int[] modifiers;

  TokenPainting(String text, LineMap lines, int[] paint, int[] types, int[] modifiers) {
    this.text = text;
    this.lines = lines;
    this.paint = paint;
    this.types = types;
    this.modifiers = modifiers;
  }

  /** LSP's relative encoding of the tokens on lines [firstLine, lastLine] within [from, to). */
  int[] encode(int firstLine, int lastLine, int from, int to) {
    int[] out = new int[64];
    int n = 0;
    int prevLine = 0;
    int prevStart = 0;
    int first = Math.max(0, firstLine);
    int last = Math.min(lines.lineCount() - 1, lastLine);
    for (int line = first; line <= last; line++) {
      int start = lines.lineStart(line);
      int end = lines.lineEnd(line);
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      int i = Math.max(start, from);
      int stop = Math.min(end, to);
      while (i < stop) {
        int token = paint[i];
        if (token < 0) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < stop && paint[j] == token) {
          j++;
        }
        if (n + 5 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        int column = i - start;
        out[n++] = line - prevLine;
        out[n++] = line == prevLine ? column - prevStart : column;
        out[n++] = j - i;
        out[n++] = types[token];
        out[n++] = modifiers[token];
        prevLine = line;
        prevStart = column;
        i = j;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
