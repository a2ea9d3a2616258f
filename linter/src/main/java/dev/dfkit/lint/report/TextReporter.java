package dev.dfkit.lint.report;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.parser.source.LineMap;
import java.io.PrintWriter;
import java.util.List;

/**
 * For people: {@code FILE:LINE:COL: severity[RULE]: message}, then the source line with the range
 * underlined, in colour on a terminal.
 *
 * <pre>
 * Dockerfile:3:6: warning[DL3006]: Always tag the version of an image explicitly
 *     3 | FROM ubuntu
 *       |      ^^^^^^
 * </pre>
 */
final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  TextReporter(boolean color) {
    this.color = color;
  }

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        out.println(
            paint(
                    BOLD,
                    Locations.file(r, f)
                        + ":"
                        + Locations.line(f)
                        + ":"
                        + Locations.column(f)
                        + ":")
                + " "
                + paint(colorOf(f.severity()), f.severity().label() + "[" + f.rule() + "]")
                + ": "
                + f.message());
        if (f.file().isEmpty()) {
          excerpt(r, f, out);
        }
      }
    }
  }

  private void excerpt(LintResult r, Finding f, PrintWriter out) {
    String text = r.parse().dockerfile().text();
    LineMap lines = r.parse().dockerfile().lines();
    int line = f.range().start().line();
    if (line >= lines.lineCount()) {
      return;
    }
    String content = text.substring(lines.lineStart(line), lines.lineEnd(line));
    if (content.endsWith("\r")) {
      content = content.substring(0, content.length() - 1);
    }
    String number = String.valueOf(line + 1);
    String gutter = " ".repeat(Math.max(0, 5 - number.length())) + number + " | ";
    String blank = " ".repeat(Math.max(0, 5 - number.length()) + number.length()) + " | ";
    out.println(paint(DIM, gutter) + content.replace('\t', ' '));
    int start = f.range().start().column();
    int end = f.range().end().line() == line ? f.range().end().column() : content.length();
    int width = Math.max(1, Math.min(end, content.length()) - start);
    out.println(
        paint(DIM, blank)
            + " ".repeat(Math.min(start, content.length()))
            + paint(colorOf(f.severity()), "^".repeat(width)));
  }

  private static String colorOf(LintSeverity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
      case STYLE -> "\u001b[35m";
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
