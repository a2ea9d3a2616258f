package dev.dfkit.parser.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DfparseCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        DfparseCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void dumpsBuildKitFormatByDefault() throws IOException {
    Run r = run("", file("Dockerfile", "FROM a AS b\nCOPY --from=b x /y\n"));
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo("(from \"a\" \"AS\" \"b\")\n(copy [\"--from=b\"] \"x\" \"/y\")\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void severalFilesGetHeaders() throws IOException {
    String a = file("a", "FROM a\n");
    String b = file("b", "FROM b\n");
    Run r = run("", a, b);
    assertThat(r.out())
        .isEqualTo("==> " + a + " <==\n(from \"a\")\n\n==> " + b + " <==\n(from \"b\")\n");
  }

  @Test
  void readsStandardInput() {
    Run r = run("FROM x\nRUN y", "-");
    assertThat(r.out()).isEqualTo("(from \"x\")\n(run \"y\")\n");
  }

  @Test
  void syntaxErrorsGoToStderrWithPositionAndExit1() throws IOException {
    String f = file("Dockerfile", "FROM a\nENV PATH\n");
    Run r = run("", f);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(f + ":2:5: error: ENV must have two arguments\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void instructionErrorsOnlyWithStrict() throws IOException {
    String f = file("Dockerfile", "FROM a\nCOPY --bogus x y\n");
    assertThat(run("", f).code()).isZero();
    Run strict = run("", "--strict", f);
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo(f + ":2:6: error: unknown flag: --bogus\n");
  }

  @Test
  void missingFileIsAnIoErrorWithExit2() {
    Run r = run("", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).endsWith("nope: error: cannot read: no such file\n");
  }

  @Test
  void usageErrorsExit2() {
    assertThat(run("", "--format", "xml", "x").code()).isEqualTo(2);
    assertThat(run("").code()).isEqualTo(2);
  }

  @Test
  void jsonHasTheTypedTreeWithRangesThatMatchTheText() throws IOException {
    String text =
        "# syntax=docker/dockerfile:1\nFROM alpine AS base\n# build it\nRUN --mount=type=cache,target=/c \\\n  make <<EOF\nbody\nEOF\n";
    Run r = run("", "--format", "json", file("Dockerfile", text));
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("directives").get(0).get("name").asText()).isEqualTo("syntax");
    JsonNode run = root.get("instructions").get(1);
    assertThat(run.get("kind").asText()).isEqualTo("Run");
    assertThat(run.get("runFlags").get("mounts").get(0).get("type").asText()).isEqualTo("CACHE");
    assertThat(run.get("syntax").get("heredocs").get(0).get("content").asText())
        .isEqualTo("body\n");
    assertThat(run.get("syntax").get("precedingComments").get(0).get("text").asText())
        .isEqualTo("# build it");
    JsonNode keyword = run.get("syntax").get("keyword");
    int start = keyword.get("range").get("start").get("offset").asInt();
    int end = keyword.get("range").get("end").get("offset").asInt();
    assertThat(text.substring(start, end)).isEqualTo(keyword.get("text").asText());
    assertThat(keyword.get("range").get("start").get("line").asInt()).isEqualTo(4);
    assertThat(keyword.get("range").get("start").get("column").asInt()).isEqualTo(1);
    assertThat(root.get("stages").get(0).get("name").asText()).isEqualTo("base");
    assertThat(root.get("comments").get(0).get("precedes").asInt()).isEqualTo(1);
  }
}
