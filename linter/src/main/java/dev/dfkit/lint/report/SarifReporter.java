package dev.dfkit.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dfkit.cli.Version;
import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.parser.source.SourceRange;
import dev.dfkit.parser.source.TextEdit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (GitHub code scanning, IDEs): one run, every rule described with its help text, every
 * result with its exact region (columns in UTF-16 units, end exclusive) and fixes.
 */
final class SarifReporter implements Reporter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "dflint");
    driver.put("version", Version.current());
    driver.put("semanticVersion", Version.current().replace("-SNAPSHOT", ""));
    ArrayNode ruleArray = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule r : rules) {
      RuleInfo info = r.info();
      index.put(info.id(), index.size());
      ObjectNode d = ruleArray.addObject();
      d.put("id", info.id());
      d.put("name", pascal(info.name()));
      d.putObject("shortDescription").put("text", info.summary());
      d.putObject("fullDescription").put("text", info.summary());
      d.put("helpUri", info.url());
      String markdown = RuleDocs.markdown(info.id()).orElse(info.summary());
      ObjectNode help = d.putObject("help");
      help.put("text", info.summary() + " See " + info.url());
      help.put("markdown", markdown);
      d.putObject("defaultConfiguration").put("level", level(info.severity()));
      ObjectNode props = d.putObject("properties");
      props.putArray("tags").add(info.source().name().toLowerCase(java.util.Locale.ROOT));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode resultArray = run.putArray("results");
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        ObjectNode res = resultArray.addObject();
        res.put("ruleId", f.rule());
        Integer i = index.get(f.rule());
        if (i != null) {
          res.put("ruleIndex", i);
        }
        res.put("level", level(f.severity()));
        res.putObject("message").put("text", f.message());
        String uri = uri(Locations.file(r, f));
        ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        region(physical.putObject("region"), f.range());
        f.fix()
            .ifPresent(
                fix -> {
                  ObjectNode fx = res.putArray("fixes").addObject();
                  fx.putObject("description").put("text", fix.description());
                  ObjectNode change = fx.putArray("artifactChanges").addObject();
                  change.putObject("artifactLocation").put("uri", uri);
                  ArrayNode replacements = change.putArray("replacements");
                  for (TextEdit e : fix.edits()) {
                    ObjectNode rep = replacements.addObject();
                    region(rep.putObject("deletedRegion"), e.range());
                    rep.putObject("insertedContent").put("text", e.newText());
                  }
                });
      }
    }
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void region(ObjectNode region, SourceRange range) {
    region.put("startLine", range.start().line() + 1);
    region.put("startColumn", range.start().column() + 1);
    region.put("endLine", range.end().line() + 1);
    region.put("endColumn", range.end().column() + 1);
  }

  static String level(LintSeverity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
    };
  }

  /**
   * A URI for a path: relative paths stay relative references (resolved against the repository by
   * SARIF viewers), absolute ones become {@code file://} URIs; reserved characters are escaped.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    if (path.startsWith("/")) {
      out.append("file://");
    }
    for (char c : path.replace('\\', '/').toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    }
    return out.toString();
  }

  private static String pascal(String kebab) {
    StringBuilder out = new StringBuilder();
    for (String part : kebab.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
