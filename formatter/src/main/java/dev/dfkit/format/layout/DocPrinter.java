package dev.dfkit.format.layout;

import dev.dfkit.format.layout.Doc.Group;
import dev.dfkit.format.layout.Doc.Line;
import dev.dfkit.format.layout.Doc.Space;
import dev.dfkit.format.layout.Doc.Text;
import java.util.List;

/**
 * Prints a {@link Doc}: a group stays on one line when it fits in the width left and nothing inside
 * forces a break; otherwise each of its lines becomes a continuation ({@code " \"}, the line end,
 * the indentation).
 */
final class DocPrinter {

  private static final int INFINITE = Integer.MAX_VALUE / 4;

  private final StringBuilder out = new StringBuilder();
  private final int indent;
  private final int maxWidth;
  private final char escape;
  private final String eol;
  private int column;

  /**
   * @param startColumn the column the document starts at (after an {@code ONBUILD } prefix, say)
   */
  DocPrinter(int indent, int maxWidth, char escape, String eol, int startColumn) {
    this.indent = indent;
    this.maxWidth = maxWidth;
    this.escape = escape;
    this.eol = eol;
    this.column = startColumn;
  }

  /** Prints {@code doc} and returns everything printed so far. */
  String printed(Doc doc) {
    print(List.of(doc), false);
    return out.toString();
  }

  /** The width of a document printed on one line; very large when it cannot be. */
  static int flatWidth(Doc doc) {
    if (doc instanceof Text t) {
      return width(t.text());
    }
    if (doc instanceof Space s) {
      return width(s.flat());
    }
    if (doc instanceof Line l) {
      return l.breaks() ? INFINITE : width(l.flat());
    }
    Group g = (Group) doc;
    if (g.force()) {
      return INFINITE;
    }
    int w = 0;
    for (Doc d : g.parts()) {
      w += flatWidth(d);
      if (w >= INFINITE) {
        return INFINITE;
      }
    }
    return w;
  }

  private void print(List<Doc> parts, boolean flat) {
    for (int i = 0; i < parts.size(); i++) {
      Doc d = parts.get(i);
      if (d instanceof Text t) {
        out.append(t.text());
        column += width(t.text());
      } else if (d instanceof Space s) {
        String blank = flat ? s.flat() : s.broken();
        out.append(blank);
        column += width(blank);
      } else if (d instanceof Line l) {
        if (flat && !l.breaks()) {
          out.append(l.flat());
          column += width(l.flat());
        } else {
          newline(l);
        }
      } else {
        Group g = (Group) d;
        boolean groupFlat = flat || fits(g, parts, i + 1);
        print(g.parts(), groupFlat);
      }
    }
  }

  private boolean fits(Group g, List<Doc> parts, int after) {
    int w = flatWidth(g);
    if (w >= INFINITE) {
      return false;
    }
    // What follows on the same line: text up to the next possible break, and " \" for it.
    int rest = 0;
    for (int i = after; i < parts.size(); i++) {
      Doc d = parts.get(i);
      if (d instanceof Space s) {
        rest += width(s.flat());
        continue;
      }
      if (!(d instanceof Text t)) {
        rest += 2;
        break;
      }
      rest += width(t.text());
    }
    return column + w + rest <= maxWidth;
  }

  private void newline(Line l) {
    String pad = " ".repeat(indent * (l.level() + 1));
    out.append(' ').append(escape).append(eol);
    for (String c : l.comments()) {
      out.append(pad).append(c).append(eol);
    }
    out.append(pad);
    column = pad.length();
  }

  /** Width in code points (what an editor shows for most text). */
  static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
