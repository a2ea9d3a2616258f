package dev.dfkit.parser.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A logical line split like BuildKit's {@code splitCommand}: the first word, the leading flag
 * words, and the rest (trimmed).
 */
public record SplitCommand(Piece command, List<FlagWord> flags, Piece arguments) {

  /** Splits {@code line} (an instruction's logical line) using {@code escape} inside flags. */
  public static SplitCommand of(String line, char escape) {
    return of(line, 0, line.length(), escape);
  }

  /** Splits {@code line[from, to)}; spans stay relative to the whole {@code line}. */
  public static SplitCommand of(String line, int from, int to, char escape) {
    int start = Whitespace.skipSpace(line, from, to);
    int end = Whitespace.trimEnd(line, start, to);
    int i = start;
    while (i < end && !Whitespace.isSeparator(line.charAt(i))) {
      i++;
    }
    Piece command = Piece.of(line, start, i);
    if (i == end) {
      return new SplitCommand(command, List.of(), new Piece("", end, end));
    }
    while (i < end && Whitespace.isSeparator(line.charAt(i))) {
      i++;
    }
    List<FlagWord> flags = new ArrayList<>();
    int rest = extractFlags(line, i, end, escape, flags);
    int argsStart = Whitespace.skipSpace(line, rest, end);
    return new SplitCommand(command, flags, Piece.of(line, argsStart, end));
  }

  /** BuildKit's extractBuilderFlags on {@code line[from, to)}; returns where the rest starts. */
  private static int extractFlags(String line, int from, int to, char escape, List<FlagWord> out) {
    StringBuilder word = new StringBuilder();
    int[] origins = new int[16];
    int wordStart = -1;
    boolean inWord = false;
    boolean inQuote = false;
    boolean blankOk = false;
    char quote = 0;
    for (int pos = from; pos <= to; pos++) {
      char ch = pos < to ? line.charAt(pos) : 0;
      if (!inWord && !inQuote) {
        if (pos == to) {
          return to;
        }
        if (Whitespace.isSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == to || line.charAt(pos + 1) != '-') {
          return pos;
        }
        inWord = true;
        wordStart = pos;
      }
      if (pos == to) {
        String w = word.toString();
        if (!w.equals("--") && (blankOk || !w.isEmpty())) {
          out.add(new FlagWord(w, wordStart, to, Arrays.copyOf(origins, w.length())));
        }
        return to;
      }
      if (inWord) {
        if (Whitespace.isSpace(ch)) {
          String w = word.toString();
          inWord = false;
          if (w.equals("--")) {
            return pos;
          }
          if (blankOk || !w.isEmpty()) {
            out.add(new FlagWord(w, wordStart, pos, Arrays.copyOf(origins, w.length())));
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          inWord = false;
          inQuote = true;
          continue;
        }
        if (ch == escape) {
          if (pos + 1 == to) {
            continue; // an escape at the very end is dropped
          }
          pos++;
          ch = line.charAt(pos);
        }
        origins = append(origins, word.length(), pos);
        word.append(ch);
        continue;
      }
      // in a quote
      if (ch == quote) {
        inQuote = false;
        inWord = true;
        continue;
      }
      if (ch == escape) {
        if (pos + 1 == to) {
          inQuote = false;
          inWord = true;
          continue;
        }
        pos++;
        ch = line.charAt(pos);
      }
      origins = append(origins, word.length(), pos);
      word.append(ch);
    }
    return to;
  }

  private static int[] append(int[] origins, int index, int value) {
    if (index == origins.length) {
      origins = Arrays.copyOf(origins, origins.length * 2);
    }
    origins[index] = value;
    return origins;
  }
}
