package dev.dfkit.parser.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every row of the shared dockerignore conformance tables, one dynamic test per row. */
class DockerIgnoreConformanceTest {

  @TestFactory
  Stream<DynamicTest> cases() {
    ConformanceTable table = ConformanceTable.read("cases.tsv");
    return table.rows().stream().map(row -> dynamicTest(row.displayName(), () -> checkCase(row)));
  }

  @TestFactory
  Stream<DynamicTest> errors() {
    ConformanceTable table = ConformanceTable.read("errors.tsv");
    return table.rows().stream().map(row -> dynamicTest(row.displayName(), () -> checkError(row)));
  }

  private static void checkCase(ConformanceTable.Row row) {
    assertThat(row.expected()).isIn("true", "false");
    boolean expected = Boolean.parseBoolean(row.expected());

    DockerIgnore file = DockerIgnore.parse(String.join("\n", row.patterns()));
    assertThat(file.diagnostics()).isEmpty();
    assertThat(file.isExcluded(row.path())).as("as an ignore file").isEqualTo(expected);
    assertThat(file.match(row.path()).map(IgnoreMatch::excluded).orElse(false))
        .as("match() agrees")
        .isEqualTo(expected);

    // Upstream rows give the same answer without the file-reading rules (comments, BOM).
    if (!row.isDerived()) {
      assertThat(DockerIgnore.of(row.patterns()).isExcluded(row.path()))
          .as("as a pattern list")
          .isEqualTo(expected);
    }
  }

  private static void checkError(ConformanceTable.Row row) {
    assertThat(row.expected()).isEqualTo("error");
    DockerIgnore file = DockerIgnore.parse(String.join("\n", row.patterns()));
    assertThat(file.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.code()).isEqualTo("invalid-ignore-pattern");
            });
    assertThat(file.activePatterns()).isEmpty();
    // A rejected pattern takes no part in matching, on every call.
    assertThat(file.isExcluded(row.path())).isFalse();
    assertThat(file.isExcluded(row.path())).isFalse();
    assertThat(DockerIgnore.of(row.patterns()).diagnostics())
        .extracting(Diagnostic::code)
        .contains("invalid-ignore-pattern");
  }
}
