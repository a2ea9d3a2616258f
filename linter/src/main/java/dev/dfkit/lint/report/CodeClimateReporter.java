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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Code Climate issues as GitLab's code quality report reads them: a JSON array, each with a stable
 * fingerprint (the same problem keeps its fingerprint when lines move around it).
 */
final class CodeClimateReporter implements Reporter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void report(List<LintResult> results, List<Rule> rules, PrintWriter out) {
    ArrayNode array = MAPPER.createArrayNode();
    Map<String, Integer> seen = new HashMap<>();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        ObjectNode o = array.addObject();
        o.put("type", "issue");
        o.put("check_name", f.rule());
        o.put("description", f.message());
        o.putObject("content").put("body", f.url());
        o.putArray("categories").add(f.rule().startsWith("DL") ? "Style" : "Bug Risk");
        ObjectNode location = o.putObject("location");
        location.put("path", Locations.file(r, f));
        ObjectNode positions = location.putObject("positions");
        ObjectNode begin = positions.putObject("begin");
        begin.put("line", Locations.line(f));
        begin.put("column", Locations.column(f));
        ObjectNode end = positions.putObject("end");
        end.put("line", Locations.endLine(f));
        end.put("column", Locations.endColumn(f));
        o.put("severity", severity(f));
        String key =
            Locations.file(r, f)
                + "\0"
                + f.rule()
                + "\0"
                + f.message()
                + "\0"
                + r.parse()
                    .dockerfile()
                    .text(
                        f.file().isEmpty()
                            ? f.range()
                            : dev.dfkit.parser.source.SourceRange.empty(f.range().start()));
        int n = seen.merge(key, 1, Integer::sum);
        o.put("fingerprint", md5(key + "\0" + n));
      }
    }
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String severity(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "critical";
      case WARNING -> "major";
      case INFO -> "minor";
      case STYLE -> "info";
    };
  }

  private static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
