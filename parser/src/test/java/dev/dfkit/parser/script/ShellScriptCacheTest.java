package dev.dfkit.parser.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellScriptCacheTest {

  private final ShellScriptCache cache = new ShellScriptCache(16);

  private static final String FILE =
      """
      FROM alpine
      RUN apk add --no-cache curl \\
          && echo "$(date)" | tee /log
      RUN <<EOF
      set -e
      echo hi > /x
      EOF
      """;

  @Test
  void anUnchangedFileGetsTheSameTreesBack() {
    List<Optional<ShellScriptResult>> first = parseAll(FILE);
    List<Optional<ShellScriptResult>> second = parseAll(FILE);
    assertThat(cache.reused()).isEqualTo(2);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).get()).isSameAs(first.get(i).get());
    }
  }

  @Test
  void linesInsertedAboveMoveTheCachedTrees() {
    parseAll(FILE);
    String edited = FILE.replace("FROM alpine\n", "FROM alpine\n# a comment\nENV A=1\n");
    assertThat(parseAll(edited)).isEqualTo(fresh(edited));
    assertThat(cache.reused()).isEqualTo(2);
  }

  @Test
  void aCharacterTypedAboveMovesTheCachedTreesByOneOffset() {
    parseAll(FILE);
    String edited = FILE.replace("FROM alpine\n", "FROM alpinex\n");
    assertThat(parseAll(edited)).isEqualTo(fresh(edited));
    assertThat(cache.reused()).isEqualTo(2);
  }

  @Test
  void theEditedScriptIsParsedAgain() {
    parseAll(FILE);
    String edited = FILE.replace("tee /log", "tee /log2");
    assertThat(parseAll(edited)).isEqualTo(fresh(edited));
    assertThat(cache.reused()).isEqualTo(1);
  }

  @Test
  void theSameScriptAtAnotherColumnIsParsedAgain() {
    String a = "FROM alpine\nRUN echo hi\n";
    String b = "FROM alpine\nRUN --network=none echo hi\n";
    parseAll(a);
    assertThat(parseAll(b)).isEqualTo(fresh(b));
    assertThat(cache.reused()).isZero();
  }

  @Test
  void theSameSourceCutDifferentlyIsParsedAgain() {
    // With a backtick escape, the backslash no longer continues the line.
    String a = "FROM alpine\nRUN echo a \\\n  b\n";
    String b = "# escape=`\n" + a;
    parseAll(a);
    assertThat(parseAll(b)).isEqualTo(fresh(b));
    assertThat(cache.reused()).isZero();
  }

  @Test
  void keepingRepeatsOnlyReusesAScriptFromItsThirdSighting() {
    ShellScriptCache repeats = ShellScriptCache.ofRepeats(16);
    parseAll(repeats, FILE);
    assertThat(parseAll(repeats, FILE)).isEqualTo(fresh(FILE));
    assertThat(repeats.reused()).isZero();
    String moved = "# moved\n" + FILE;
    assertThat(parseAll(repeats, moved)).isEqualTo(fresh(moved));
    assertThat(repeats.reused()).isEqualTo(2);
  }

  private List<Optional<ShellScriptResult>> parseAll(String text) {
    return parseAll(cache, text);
  }

  private static List<Optional<ShellScriptResult>> parseAll(ShellScriptCache cache, String text) {
    Dockerfile file = DockerfileParser.parse(text, "Dockerfile").dockerfile();
    List<Optional<ShellScriptResult>> out = new ArrayList<>();
    for (Instruction i : file.instructions()) {
      if (i instanceof Run run) {
        out.add(cache.parse(run, file));
      }
    }
    return out;
  }

  private static List<Optional<ShellScriptResult>> fresh(String text) {
    Dockerfile file = DockerfileParser.parse(text, "Dockerfile").dockerfile();
    List<Optional<ShellScriptResult>> out = new ArrayList<>();
    for (Instruction i : file.instructions()) {
      if (i instanceof Run run) {
        out.add(ShellScripts.parse(run, file.lines()));
      }
    }
    return out;
  }
}
