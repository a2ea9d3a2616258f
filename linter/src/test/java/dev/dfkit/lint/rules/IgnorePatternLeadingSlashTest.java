package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.LintTestHelper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnorePatternLeadingSlashTest {

  @TempDir Path dir;

  private static String message(String prefix, String text, String suggestion) {
    return "The leading \""
        + prefix
        + "\" of \""
        + text
        + "\" changes nothing: patterns are relative to the build context root, not to the"
        + " file system; write \""
        + suggestion
        + "\"";
  }

  @Test
  void leadingSlashOrDotSlashIsPointedAt() {
    assertThat(
            IgnoreFileFindings.of(
                IgnorePatternLeadingSlash.class,
                dir,
                "/tmp\n./build/\n!/keep\nsrc\n  /x  \n//a/b\n.//c\n! ./d\n"))
        .containsExactly(
            "1:1-1:2 " + message("/", "/tmp", "tmp"),
            "2:1-2:3 " + message("./", "./build/", "build/"),
            "3:2-3:3 " + message("/", "!/keep", "!keep"),
            "5:3-5:4 " + message("/", "/x", "x"),
            "6:1-6:3 " + message("//", "//a/b", "a/b"),
            "7:1-7:4 " + message(".//", ".//c", "c"),
            "8:3-8:5 " + message("./", "! ./d", "!d"));
  }

  @Test
  void patternsWithoutThePrefixAndTheRootAloneAreNotReported() {
    assertThat(
            IgnoreFileFindings.of(
                IgnorePatternLeadingSlash.class,
                dir,
                "tmp\n**/x\n/\n./\n!\n# /comment\n.hidden\n../up\n"))
        .isEmpty();
  }

  @Test
  void checksTheDockerfileSpecificIgnoreFile() {
    assertThat(
            IgnoreFileFindings.of(
                IgnorePatternLeadingSlash.class,
                dir,
                "build/app.Dockerfile",
                Map.of(
                    "build/app.Dockerfile.dockerignore", "/a\n",
                    ".dockerignore", "/b\n"),
                "build/app.Dockerfile.dockerignore"))
        .containsExactly("1:1-1:2 " + message("/", "/a", "a"));
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(IgnorePatternLeadingSlash.class)
        .source("FROM scratch\n")
        .expectNoFindings();
  }
}
