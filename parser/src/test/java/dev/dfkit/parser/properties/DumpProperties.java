package dev.dfkit.parser.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.dump.BuildKitDump;
import dev.dfkit.parser.dump.JsonDump;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Parsing is a function of the text: two parses give the same dumps and the same diagnostics; and
 * the dump does not change with the line terminators or with comment and blank lines between
 * instructions (BuildKit's parser behaves so too).
 */
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

  /** BuildKit trims {@code \r} before {@code \n}: CRLF and LF files dump the same. */
  @Property(tries = 300)
  void lineTerminatorsDoNotChangeTheDump(@ForAll("generatedFiles") DockerfileTexts.Generated g) {
    String lf = g.render("\n");
    String crlf = g.render("\r\n");
    assertThat(dump(crlf)).as("dump of %s", Literal.of(crlf)).isEqualTo(dump(lf));
    assertThat(DockerfileParser.parse(crlf).diagnostics())
        .extracting(Diagnostic::code)
        .as("diagnostics of %s", Literal.of(crlf))
        .isEqualTo(
            DockerfileParser.parse(lf).diagnostics().stream().map(Diagnostic::code).toList());
  }

  /** Comment and blank lines between instructions are not instructions. */
  @Property(tries = 300)
  void commentAndBlankLinesDoNotChangeTheDump(
      @ForAll("generatedFiles") DockerfileTexts.Generated g,
      @ForAll("insertions") List<Tuple.Tuple2<Integer, String>> insertions) {
    String text = g.render();
    String more = g.renderWith(insertions);
    assertThat(dump(more)).as("dump of %s", Literal.of(more)).isEqualTo(dump(text));
  }

  @Provide
  Arbitrary<DockerfileTexts.Generated> generatedFiles() {
    return DockerfileTexts.generated();
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, String>>> insertions() {
    return DockerfileTexts.insertions();
  }

  private static String dump(String text) {
    return BuildKitDump.dump(DockerfileParser.parse(text).dockerfile());
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
