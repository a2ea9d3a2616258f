package dev.dfkit.lint.report;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checkstyle XML, which many CI systems (Jenkins, reviewdog) read. */
final class CheckstyleReporter implements Reporter {

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (LintResult r : results) {
      byFile.computeIfAbsent(r.sourceName(), k -> new ArrayList<>());
      for (Finding f : r.findings()) {
        byFile.computeIfAbsent(Locations.file(r, f), k -> new ArrayList<>()).add(f);
      }
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<checkstyle version=\"4.3\">");
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.println("  <file name=\"" + xml(e.getKey()) + "\">");
      for (Finding f : e.getValue()) {
        out.println(
            "    <error line=\""
                + Locations.line(f)
                + "\" column=\""
                + Locations.column(f)
                + "\" severity=\""
                + severity(f)
                + "\" message=\""
                + xml(f.message())
                + "\" source=\""
                + xml("dflint." + f.rule())
                + "\"/>");
      }
      out.println("  </file>");
    }
    out.println("</checkstyle>");
  }

  private static String severity(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "info";
    };
  }

  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append("&#xFFFD;"); // not representable in XML 1.0
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
