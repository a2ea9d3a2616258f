package dev.dfkit.lint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
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

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    // jackson-core's streaming writer: a cold ObjectMapper costs tens of milliseconds per run.
    JsonFactory factory =
        JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator g = factory.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartArray();
      for (LintResult r : results) {
        for (Finding f : r.findings()) {
          g.writeStartObject();
          g.writeStringField("file", Locations.file(r, f));
          g.writeNumberField("line", Locations.line(f));
          g.writeNumberField("column", Locations.column(f));
          g.writeNumberField("endLine", Locations.endLine(f));
          g.writeNumberField("endColumn", Locations.endColumn(f));
          g.writeStringField("rule", f.rule());
          g.writeStringField("severity", f.severity().label());
          g.writeStringField("message", f.message());
          g.writeStringField("url", f.url());
          g.writeBooleanField("fixable", f.fixable());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
