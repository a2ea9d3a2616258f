package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.dump.BuildKitDump;
import dev.dfkit.parser.dump.JsonDump;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The parser never throws on user input (DESIGN.md): whatever the text, {@code parse} returns a
 * tree and diagnostics, and the tree can be printed and dumped. Any exception fails the property.
 */
class ParseNeverThrowsProperties extends DockerfileInputs {

  @Property(tries = 1000)
  void neverThrowsOnArbitraryText(@ForAll("arbitraryText") String text) {
    parseAndUse(text);
  }

  @Property(tries = 600)
  void neverThrowsOnMutatedConformanceFiles(@ForAll("mutatedConformance") String text) {
    parseAndUse(text);
  }

  @Property(tries = 400)
  void neverThrowsOnGeneratedDockerfiles(@ForAll("structured") String text) {
    parseAndUse(text);
  }

  @Property(tries = 300)
  void neverThrowsOnMutatedGeneratedDockerfiles(@ForAll("mutatedStructured") String text) {
    parseAndUse(text);
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll String text) {
    parseAndUse(text);
  }

  /** What {@code parse(Path)} does with a file's bytes, without the file. */
  @Property(tries = 300)
  void neverThrowsOnAnyBytes(@ForAll byte[] bytes) {
    parseAndUse(DockerfileParser.decode(bytes));
  }

  static void parseAndUse(String text) {
    ParseResult result = DockerfileParser.parse(text);
    assertThat(result.dockerfile()).isNotNull();
    assertThat(result.dockerfile().print()).isNotNull();
    assertThat(BuildKitDump.dump(result.dockerfile())).isNotNull();
    assertThat(JsonDump.dump(result)).isNotNull();
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.toString()).isNotEmpty();
    }
  }
}
