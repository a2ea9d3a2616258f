package dev.dfkit.parser.ignore;

import dev.dfkit.parser.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of {@code shared/conformance/dockerignore}: tab-separated, a header line, no quoting or
 * escaping; patterns in the first column are separated by {@code " | "}.
 */
record ConformanceTable(String fileName, List<ConformanceTable.Row> rows) {

  static final String HEADER = "patterns\tpath\texpected\tsource";
  static final String PATTERN_SEPARATOR = " | ";

  /** One row; {@code lineNumber} is 1-based in the file. */
  record Row(
      String fileName,
      int lineNumber,
      List<String> patterns,
      String path,
      String expected,
      String source) {

    boolean isDerived() {
      return source.startsWith("derived");
    }

    String displayName() {
      return fileName
          + ":"
          + lineNumber
          + " "
          + String.join(PATTERN_SEPARATOR, patterns)
          + " @ "
          + path
          + " -> "
          + expected;
    }
  }

  static ConformanceTable read(String fileName) {
    Path file = directory().resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("conformance table missing: " + file);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalStateException(file + ": expected header " + HEADER);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 4) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": expected 4 fields: " + line);
      }
      List<String> patterns =
          Arrays.asList(fields[0].split(java.util.regex.Pattern.quote(PATTERN_SEPARATOR), -1));
      rows.add(new Row(fileName, i + 1, patterns, fields[1], fields[2], fields[3]));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(file + " has no rows");
    }
    return new ConformanceTable(fileName, List.copyOf(rows));
  }

  static Path directory() {
    return SharedData.path("conformance/dockerignore");
  }
}
