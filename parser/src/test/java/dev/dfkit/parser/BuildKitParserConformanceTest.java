package dev.dfkit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.parser.ast.Heredoc;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.dump.BuildKitDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's parser corpus (../shared/conformance/buildkit-parser), passed as-is. */
class BuildKitParserConformanceTest {

  private static final Path ROOT = SharedData.path("conformance/buildkit-parser");

  @TestFactory
  Stream<DynamicTest> everyTestfileDumpsLikeBuildKit() throws IOException {
    List<Path> cases = caseDirs(ROOT.resolve("testfiles"));
    assertThat(cases).hasSize(33);
    return cases.stream()
        .map(
            dir ->
                dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      Path result = dir.resolve("result");
                      assertThat(result).as("unpaired case: no result file").exists();
                      ParseResult parsed = DockerfileParser.parse(dir.resolve("Dockerfile"));
                      assertThat(parsed.syntaxErrors()).isEmpty();
                      String expected = Files.readString(result, StandardCharsets.UTF_8);
                      assertThat(BuildKitDump.dump(parsed.dockerfile())).isEqualTo(expected);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyNegativeCaseIsRejected() throws IOException {
    List<Path> cases = caseDirs(ROOT.resolve("testfiles-negative"));
    assertThat(cases).hasSize(4);
    return cases.stream()
        .map(
            dir ->
                dynamicTest(
                    dir.getFileName().toString(),
                    () ->
                        assertThat(
                                DockerfileParser.parse(dir.resolve("Dockerfile")).hasSyntaxErrors())
                            .isTrue()));
  }

  @Test
  void negativeCasesGiveBuildKitsMessages() throws IOException {
    assertThat(message("empty_dockerfile")).isEqualTo("file with no instructions");
    assertThat(message("only_comments")).isEqualTo("file with no instructions");
    assertThat(message("env_no_value")).isEqualTo("ENV must have two arguments");
    assertThat(message("shykes-nested-json"))
        .isEqualTo("when using JSON array syntax, arrays must be comprised of strings only");
  }

  private static String message(String negativeCase) throws IOException {
    ParseResult r =
        DockerfileParser.parse(
            ROOT.resolve("testfiles-negative").resolve(negativeCase).resolve("Dockerfile"));
    return r.syntaxErrors().get(0).message();
  }

  @Test
  void testfileLineRangesMatchBuildKit() throws IOException {
    ParseResult parsed = DockerfileParser.parse(ROOT.resolve("testfile-line/Dockerfile"));
    assertThat(parsed.syntaxErrors()).isEmpty();
    List<int[]> lines = new ArrayList<>();
    for (Instruction i : parsed.dockerfile().instructions()) {
      lines.add(new int[] {i.range().start().line() + 1, i.range().end().line() + 1});
    }
    assertThat(lines).containsExactly(new int[] {5, 5}, new int[] {11, 12}, new int[] {17, 31});
  }

  @TestFactory
  Stream<DynamicTest> heredocsMatchExpectedJson() throws IOException {
    JsonNode expected = new ObjectMapper().readTree(ROOT.resolve("heredoc/expected.json").toFile());
    ParseResult parsed = DockerfileParser.parse(ROOT.resolve("heredoc/Dockerfile"));
    List<Instruction> instructions = parsed.dockerfile().instructions();
    JsonNode cases = expected.get("instructions");
    assertThat(instructions).hasSize(cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      int index = c.get("index").asInt();
      tests.add(
          dynamicTest(
              index + ": " + c.get("instruction").asText(),
              () -> {
                List<Heredoc> actual = instructions.get(index).syntax().heredocs();
                JsonNode want = c.get("heredocs");
                if (want.isNull()) {
                  assertThat(actual).isEmpty();
                  return;
                }
                assertThat(actual).hasSize(want.size());
                for (int k = 0; k < want.size(); k++) {
                  JsonNode w = want.get(k);
                  Heredoc h = actual.get(k);
                  assertThat(h.name()).isEqualTo(w.get("name").asText());
                  assertThat(h.fileDescriptor()).isEqualTo(w.get("fileDescriptor").asInt());
                  assertThat(h.expand()).isEqualTo(w.get("expand").asBoolean());
                  assertThat(h.chomp()).isEqualTo(w.get("chomp").asBoolean());
                  assertThat(h.content()).isEqualTo(w.get("content").asText());
                }
              }));
    }
    return tests.stream();
  }

  private static List<Path> caseDirs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
