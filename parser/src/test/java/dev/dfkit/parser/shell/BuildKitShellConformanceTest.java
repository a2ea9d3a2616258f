package dev.dfkit.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs BuildKit's own shell-lexer test data ({@code shared/conformance/buildkit-shell}, formats in
 * its README.md): every row must pass, and a missing or empty file fails the suite.
 */
class BuildKitShellConformanceTest {
  private static final ShellLexer LEXER = ShellLexer.of('\\');

  @TestFactory
  List<DynamicTest> envVarTest() throws IOException {
    VariableLookup env =
        VariableLookup.of(orderedMap("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", ""));
    List<DynamicTest> tests = new ArrayList<>();
    List<String> lines = readLines("envVarTest");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.strip().isEmpty()) {
        continue;
      }
      String[] fields = line.strip().split("\\|", -1);
      int lineNumber = i + 1;
      if (fields.length != 3) {
        fail("envVarTest line %d: want 3 fields, got %s", lineNumber, line);
      }
      String platform = fields[0].strip();
      String input = fields[1].strip();
      String expected = fields[2].strip();
      if (!List.of("A", "U", "W").contains(platform)) {
        fail("envVarTest line %d: platform %s is not A, U or W", lineNumber, platform);
      }
      if (platform.equals("W")) {
        continue; // Windows looks names up case-insensitively; we are Linux only
      }
      tests.add(
          dynamicTest(
              name(input, lineNumber),
              () -> {
                if (expected.equals("error")) {
                  assertThatThrownBy(() -> LEXER.processWord(input, env))
                      .isInstanceOf(ExpansionException.class);
                } else {
                  assertThat(LEXER.processWord(input, env).result()).isEqualTo(expected);
                }
              }));
    }
    return nonEmpty("envVarTest", tests);
  }

  @TestFactory
  List<DynamicTest> wordsTest() throws IOException {
    Map<String, String> vars = new LinkedHashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    List<String> lines = readLines("wordsTest");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNumber = i + 1;
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ENV ")) {
        // The value keeps trailing blanks: two rows depend on them.
        String definition = line.substring(3).replaceFirst("^ +", "");
        int eq = definition.indexOf('=');
        if (eq < 0) {
          vars.put(definition, "");
        } else {
          vars.put(definition.substring(0, eq), definition.substring(eq + 1));
        }
        continue;
      }
      String[] fields = line.split("\\|", -1);
      if (fields.length != 2) {
        fail("wordsTest line %d: want exactly one |, got %s", lineNumber, line);
      }
      String input = fields[0].strip();
      List<String> expected = Arrays.asList(fields[1].replaceFirst("^ +", "").split(",", -1));
      VariableLookup env = VariableLookup.of(vars);
      tests.add(
          dynamicTest(
              name(input, lineNumber),
              () -> {
                if (expected.equals(List.of("error"))) {
                  assertThatThrownBy(() -> LEXER.processWords(input, env))
                      .isInstanceOf(ExpansionException.class);
                } else {
                  assertThat(LEXER.processWords(input, env)).isEqualTo(expected);
                }
              }));
    }
    return nonEmpty("wordsTest", tests);
  }

  @TestFactory
  List<DynamicTest> processWordCases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<DynamicTest> tests = new ArrayList<>();
    List<String> lines = readLines("process-word-cases.jsonl");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(lines.get(i));
      String input = row.path("input").asText();
      Map<String, String> vars = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = row.path("env").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vars.put(e.getKey(), e.getValue().asText());
      }
      VariableLookup env = VariableLookup.of(vars);
      tests.add(dynamicTest(name(input, i + 1), () -> checkProcessWordCase(row, input, env)));
    }
    return nonEmpty("process-word-cases.jsonl", tests);
  }

  private static void checkProcessWordCase(JsonNode row, String input, VariableLookup env) {
    if (row.path("error").asBoolean(false)) {
      var thrown =
          assertThatThrownBy(() -> LEXER.processWord(input, env))
              .isInstanceOf(ExpansionException.class);
      if (row.has("error_contains")) {
        thrown.hasMessageContaining(row.get("error_contains").asText());
      }
      return;
    }
    Expansion expansion;
    try {
      expansion = LEXER.processWord(input, env);
    } catch (ExpansionException e) {
      throw new AssertionError("unexpected failure: " + e.getMessage(), e);
    }
    assertThat(expansion.result()).isEqualTo(row.path("expected").asText());
    if (row.has("matched")) {
      assertThat(expansion.matched())
          .as("matched")
          .containsExactlyInAnyOrderElementsOf(texts(row.get("matched")));
    }
    if (row.has("unmatched")) {
      assertThat(expansion.unmatched())
          .as("unmatched")
          .containsExactlyInAnyOrderElementsOf(texts(row.get("unmatched")));
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String name(String input, int line) {
    return input + "  (line " + line + ")";
  }

  private static List<DynamicTest> nonEmpty(String file, List<DynamicTest> tests) {
    assertThat(tests).as("rows in %s", file).isNotEmpty();
    return tests;
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static List<String> readLines(String file) throws IOException {
    Path path = ConformanceData.buildKitShell().resolve(file);
    assertThat(path).as("conformance data file").isRegularFile();
    return Files.readAllLines(path, StandardCharsets.UTF_8);
  }
}
