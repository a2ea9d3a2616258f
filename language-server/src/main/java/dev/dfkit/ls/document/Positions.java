package dev.dfkit.ls.document;

import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions and dfkit offsets. Both count UTF-16 code units from 0 (Java strings are UTF-16,
 * and UTF-16 is LSP's default encoding), so a column is a character index into the line. Positions
 * past the end of a line or of the text are clamped, as LSP asks.
 */
public final class Positions {
  private Positions() {}

  public static int offset(LineMap lines, Position p) {
    if (p.getLine() < 0) {
      return 0;
    }
    if (p.getLine() >= lines.lineCount()) {
      return lines.length();
    }
    int start = lines.lineStart(p.getLine());
    int end = lines.lineEnd(p.getLine());
    return Math.min(start + Math.max(0, p.getCharacter()), end);
  }

  public static Position position(LineMap lines, int offset) {
    SourcePosition sp = lines.position(Math.max(0, Math.min(offset, lines.length())));
    return new Position(sp.line(), sp.column());
  }

  public static Position position(SourcePosition sp) {
    return new Position(sp.line(), sp.column());
  }

  public static Range range(SourceRange r) {
    return new Range(position(r.start()), position(r.end()));
  }

  public static Range range(LineMap lines, int start, int end) {
    return new Range(position(lines, start), position(lines, end));
  }

  /** Whether {@code offset} is inside {@code r}, its end included (a cursor right after a word). */
  public static boolean touches(SourceRange r, int offset) {
    return r.startOffset() <= offset && offset <= r.endOffset();
  }
}
