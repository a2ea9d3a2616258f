package dev.dfkit.parser.ignore;

import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits ignore-file text into pattern lines the way BuildKit's {@code ignorefile.ReadAll} reads
 * the file: lines end at {@code \n} (a {@code \r} before it is dropped), a UTF-8 BOM at the start
 * is removed, a line whose first character is {@code #} is a comment, and the rest is trimmed of Go
 * white space; empty lines are skipped.
 */
final class IgnoreFileLines {

  private IgnoreFileLines() {}

  static List<PatternLine> read(String text) {
    LineMap lines = LineMap.of(text);
    List<PatternLine> result = new ArrayList<>();
    for (int line = 0; line < lines.lineCount(); line++) {
      int start = lines.lineStart(line);
      int end = lines.lineEnd(line);
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      if (line == 0 && text.startsWith("\uFEFF")) {
        start++;
      }
      // The comment check comes before trimming: " # x" is a pattern.
      if (start < end && text.charAt(start) == '#') {
        continue;
      }
      int textEnd = GoWhitespace.skipTrailing(text, start, end);
      int textStart = GoWhitespace.skipLeading(text, start, textEnd);
      if (textStart == textEnd) {
        continue;
      }
      result.add(
          new PatternLine(
              text.substring(start, end),
              text.substring(textStart, textEnd),
              lines.range(textStart, textEnd),
              line));
    }
    return result;
  }

  /**
   * Pattern lines from a list such as {@code COPY --exclude} values: no comments, no BOM. Ranges
   * are given as if the entries were the lines of one text.
   */
  static List<PatternLine> fromList(List<String> patterns) {
    List<PatternLine> result = new ArrayList<>();
    int base = 0;
    for (int index = 0; index < patterns.size(); index++) {
      String raw = patterns.get(index) == null ? "" : patterns.get(index);
      int textEnd = GoWhitespace.skipTrailing(raw, 0, raw.length());
      int textStart = GoWhitespace.skipLeading(raw, 0, textEnd);
      if (textStart < textEnd) {
        SourceRange range =
            new SourceRange(
                new SourcePosition(index, textStart, base + textStart),
                new SourcePosition(index, textEnd, base + textEnd));
        result.add(new PatternLine(raw, raw.substring(textStart, textEnd), range, index));
      }
      base += raw.length() + 1;
    }
    return result;
  }
}
