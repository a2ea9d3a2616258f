package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidIgnorePatternTest {

  @TempDir Path dir;

  @Test
  void malformedPatternsAreErrorsInTheIgnoreFile() {
    assertThat(IgnoreFileFindings.of(InvalidIgnorePattern.class, dir, "ok\n[\n  !  \nfoo\\\n"))
        .containsExactly(
            "2:1-2:2 invalid ignore pattern \"[\": a character class is not closed with ']'"
                + " (BuildKit: syntax error in pattern)",
            "3:3-3:4 invalid ignore pattern \"!\": '!' must be followed by a pattern"
                + " (BuildKit: illegal exclusion pattern: \"!\")",
            "4:1-4:5 invalid ignore pattern \"foo\\\": the pattern ends with a lone '\\'"
                + " (BuildKit: syntax error in pattern)");
  }

  @Test
  void validPatternsAreFine() {
    assertThat(IgnoreFileFindings.of(InvalidIgnorePattern.class, dir, "*.md\n!README.md\n[a-z]*\n"))
        .isEmpty();
  }

  @Test
  void theDockerfileSpecificIgnoreFileWins() {
    assertThat(
            IgnoreFileFindings.of(
                InvalidIgnorePattern.class,
                dir,
                "app.Dockerfile",
                Map.of("app.Dockerfile.dockerignore", "[\n", ".dockerignore", "]\n"),
                "app.Dockerfile.dockerignore"))
        .containsExactly(
            "1:1-1:2 invalid ignore pattern \"[\": a character class is not closed with ']'"
                + " (BuildKit: syntax error in pattern)");
  }

  @Test
  void theIgnoreFileIsShownRelativeToTheWorkingDirectoryWhenBelowIt() {
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(ContextIndex.display(cwd.resolve("ctx/.dockerignore")))
        .isEqualTo(Path.of("ctx", ".dockerignore").toString());
    assertThat(ContextIndex.display(Path.of("ctx/.dockerignore")))
        .isEqualTo(Path.of("ctx", ".dockerignore").toString());
    assertThat(ContextIndex.display(dir.resolve(".dockerignore")))
        .isEqualTo(dir.resolve(".dockerignore").toAbsolutePath().toString());
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(InvalidIgnorePattern.class).source("FROM scratch\n").expectNoFindings();
  }
}
