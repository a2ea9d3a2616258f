package dev.dfkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Dockerfile of BuildKit's parser conformance corpus ({@code ../shared/conformance}), under
 * every option set: formatted once it means the same and is a fixed point; with syntax errors it is
 * refused and left as it is.
 */
class ConformanceFormatTest {

  static Path shared() {
    String root = System.getProperty("dfkit.repo.root");
    Path dir = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
    return dir.resolve("../shared/conformance/buildkit-parser").normalize();
  }

  static List<Path> corpus() throws Exception {
    try (Stream<Path> files = Files.walk(shared())) {
      return files.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList();
    }
  }

  static final List<FormatOptions> OPTION_SETS =
      List.of(
          FormatOptions.DEFAULTS,
          FormatOptions.DEFAULTS.withOperators(FormatOptions.OperatorPosition.TRAILING),
          FormatOptions.DEFAULTS.withIndent(2).withMaxWidth(40),
          FormatOptions.DEFAULTS
              .withBlankLineBeforeFrom(false)
              .withLineEnding(FormatOptions.LineEnding.CRLF));

  @Test
  void theCorpusIsThere() throws Exception {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(35);
  }

  @TestFactory
  Stream<DynamicTest> everyConformanceFile() throws Exception {
    return corpus().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    shared().relativize(p).toString(),
                    () -> {
                      String text = Files.readString(p, StandardCharsets.UTF_8);
                      boolean broken = DockerfileParser.parse(text).hasSyntaxErrors();
                      for (FormatOptions o : OPTION_SETS) {
                        FormatResult r = FormatAssert.formatChecked(text, o);
                        assertThat(r.refused()).isEqualTo(broken);
                      }
                    }));
  }
}
