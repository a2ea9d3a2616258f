package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedIgnorePatternTest {

  @TempDir Path dir;

  private static final Map<String, String> FILES =
      Map.of(
          "src/app.go", "",
          "src/node_modules/x.js", "",
          "docs/a.md", "",
          "README.md", "",
          "empty/", "");

  private java.util.List<String> findings(String ignore) {
    java.util.Map<String, String> files = new java.util.HashMap<>(FILES);
    files.put(".dockerignore", ignore);
    return IgnoreFileFindings.of(
        UnusedIgnorePattern.class, dir, "Dockerfile", files, ".dockerignore");
  }

  @Test
  void patternsThatMatchNothingAreReported() {
    assertThat(
            findings(
                "node_modules\n*.md\ndocs\n!docs/keep.md\nbuild/\n**/*.log\nDockerfile\n"
                    + ".dockerignore\nempty/**\nsrc/*.go\n!app.go\n"))
        .containsExactly(
            "1:1-1:13 \"node_modules\" matches nothing in the build context; patterns are"
                + " anchored at the context root, \"**/node_modules\" would match at any depth",
            "4:1-4:14 \"!docs/keep.md\" matches nothing in the build context",
            "5:1-5:7 \"build/\" matches nothing in the build context",
            "6:1-6:9 \"**/*.log\" matches nothing in the build context",
            "9:1-9:9 \"empty/**\" matches nothing in the build context",
            "11:1-11:8 \"!app.go\" matches nothing in the build context; patterns are anchored"
                + " at the context root, \"!**/app.go\" would match at any depth");
  }

  @Test
  void aPatternMatchingOnlyAParentDirectoryOrTheDockerfileIsUsed() {
    assertThat(findings("src\nsrc/node_modules/**\nDockerfile\n[\n")).isEmpty();
  }

  @Test
  void theDockerfileSpecificIgnoreFileIsTheOneChecked() {
    assertThat(
            IgnoreFileFindings.of(
                UnusedIgnorePattern.class,
                dir,
                "app.Dockerfile",
                Map.of(
                    "app.Dockerfile.dockerignore", "README.md\nnothing\n",
                    ".dockerignore", "other\n",
                    "README.md", ""),
                "app.Dockerfile.dockerignore"))
        .containsExactly("2:1-2:8 \"nothing\" matches nothing in the build context");
  }
}
