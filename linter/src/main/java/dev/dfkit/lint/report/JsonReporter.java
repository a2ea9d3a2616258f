package dev.dfkit.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON array of findings: {@code file}, {@code line}, {@code column}, {@code endLine}, {@code
 * endColumn} (1-based, end exclusive), {@code rule}, {@code severity}, {@code message}, {@code
 * url}, {@code fixable}.
 */
final class JsonReporter implements Reporter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    ArrayNode array = MAPPER.createArrayNode();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        ObjectNode o = array.addObject();
        o.put("file", Locations.file(r, f));
        o.put("line", Locations.line(f));
        o.put("column", Locations.column(f));
        o.put("endLine", Locations.endLine(f));
        o.put("endColumn", Locations.endColumn(f));
        o.put("rule", f.rule());
        o.put("severity", f.severity().label());
        o.put("message", f.message());
        o.put("url", f.url());
        o.put("fixable", f.fixable());
      }
    }
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
