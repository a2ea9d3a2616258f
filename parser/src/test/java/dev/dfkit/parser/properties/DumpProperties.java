package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.dump.BuildKitDump;
import dev.dfkit.parser.dump.JsonDump;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Parsing is a function of the text: two parses give the same dumps and the same diagnostics. */
class DumpProperties extends DockerfileInputs {

  @Property(tries = 300)
  void parsingTwiceDumpsTheSameOnArbitraryText(@ForAll("arbitraryText") String text) {
    assertParsesTheSameTwice(text);
  }

  @Property(tries = 300)
  void parsingTwiceDumpsTheSameOnMutatedConformanceFiles(
      @ForAll("mutatedConformance") String text) {
    assertParsesTheSameTwice(text);
  }

  @Property(tries = 300)
  void parsingTwiceDumpsTheSameOnGeneratedDockerfiles(@ForAll("structured") String text) {
    assertParsesTheSameTwice(text);
  }

  static void assertParsesTheSameTwice(String text) {
    ParseResult first = DockerfileParser.parse(text);
    ParseResult second = DockerfileParser.parse(text);
    String input = Literal.of(text);
    assertThat(BuildKitDump.dump(second.dockerfile()))
        .as("BuildKit dump of %s", input)
        .isEqualTo(BuildKitDump.dump(first.dockerfile()));
    assertThat(JsonDump.dump(second)).as("JSON dump of %s", input).isEqualTo(JsonDump.dump(first));
    assertThat(second.diagnostics()).as("diagnostics of %s", input).isEqualTo(first.diagnostics());
    assertThat(second.dockerfile().elements())
        .as("elements of %s", input)
        .isEqualTo(first.dockerfile().elements());
  }
}
