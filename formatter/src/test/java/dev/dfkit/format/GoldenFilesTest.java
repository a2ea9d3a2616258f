package dev.dfkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.FormatOptions.OperatorPosition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code golden/NAME.input} formats to {@code golden/NAME.expected} under the options of {@code
 * golden/NAME.options} ({@code key=value} lines, the keys of .dflint.yaml's format: section). The
 * expected text is a fixed point, with LF and CRLF line ends alike (google-java-format's
 * idempotentLF/CRLF), and every output means what its input meant.
 *
 * <p>Run with {@code -Ddffmt.golden.write=true} to write missing or changed {@code .expected} files
 * (then review them by hand).
 */
class GoldenFilesTest {

  static Path dir() throws URISyntaxException {
    return Path.of(GoldenFilesTest.class.getResource("/golden").toURI());
  }

  @Test
  void everyInputHasAnExpectedOutputAndNothingIsUnpaired() throws Exception {
    Set<String> inputs = new TreeSet<>();
    Set<String> outputs = new TreeSet<>();
    Set<String> options = new TreeSet<>();
    List<String> strays = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir())) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".input")) {
          inputs.add(name.substring(0, name.length() - 6));
        } else if (name.endsWith(".expected")) {
          outputs.add(name.substring(0, name.length() - 9));
        } else if (name.endsWith(".options")) {
          options.add(name.substring(0, name.length() - 8));
        } else {
          strays.add(name);
        }
      }
    }
    assertThat(strays).as("files that are no input, expected output or options").isEmpty();
    assertThat(outputs).as("unmatched inputs and outputs").isEqualTo(inputs);
    assertThat(inputs).as("options without input").containsAll(options);
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(15);
  }

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir())) {
      for (Path input : files.filter(p -> p.toString().endsWith(".input")).sorted().toList()) {
        String name = input.getFileName().toString().replace(".input", "");
        tests.add(DynamicTest.dynamicTest(name, () -> check(input, name)));
      }
    }
    return tests.stream();
  }

  private static void check(Path input, String name) throws IOException, URISyntaxException {
    FormatOptions options = options(input.resolveSibling(name + ".options"));
    String in = Files.readString(input, StandardCharsets.UTF_8);
    Path expectedFile = input.resolveSibling(name + ".expected");
    FormatResult result = Formatter.format(in, options);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.notes()).noneMatch(n -> n.kind() == FormatNote.Kind.GUARD);
    if (Boolean.getBoolean("dffmt.golden.write")) {
      Path source =
          Path.of(System.getProperty("dfkit.repo.root"), "formatter/src/test/resources/golden")
              .resolve(name + ".expected");
      Files.writeString(source, result.text(), StandardCharsets.UTF_8);
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(result.text()).as(name).isEqualTo(expected);
    FormatAssert.assertMeansTheSame(in, result.text());
    assertThat(Formatter.format(expected, options).text()).as("idempotent").isEqualTo(expected);
    if (options.lineEnding() == LineEnding.AUTO) {
      String crlf = expected.replace("\r\n", "\n").replace("\n", "\r\n");
      assertThat(Formatter.format(crlf, options).text()).as("idempotent CRLF").isEqualTo(crlf);
      String lf = expected.replace("\r\n", "\n");
      assertThat(Formatter.format(lf, options).text()).as("idempotent LF").isEqualTo(lf);
      String cr = expected.replace("\r\n", "\n").replace("\n", "\r");
      String once = Formatter.format(cr, options).text();
      assertThat(Formatter.format(once, options).text()).as("idempotent CR").isEqualTo(once);
    }
  }

  /** {@code key=value} lines with the keys of .dflint.yaml's format: section. */
  static FormatOptions options(Path file) throws IOException {
    FormatOptions o = FormatOptions.DEFAULTS;
    if (!Files.exists(file)) {
      return o;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String[] kv = line.split("=", 2);
      String v = kv[1].strip();
      o =
          switch (kv[0].strip()) {
            case "indent" -> o.withIndent(Integer.parseInt(v));
            case "max-width" -> o.withMaxWidth(Integer.parseInt(v));
            case "operators" -> o.withOperators(OperatorPosition.valueOf(v.toUpperCase()));
            case "blank-line-before-from" -> o.withBlankLineBeforeFrom(Boolean.parseBoolean(v));
            case "end-of-line" -> o.withLineEnding(LineEnding.parse(v).orElseThrow());
            default -> throw new IllegalArgumentException(file + ": unknown option " + kv[0]);
          };
    }
    return o;
  }
}
