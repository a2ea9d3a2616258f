package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Lints a Dockerfile in a real context and describes the findings that point into an ignore file as
 * {@code line:column-line:column message} (1-based, the range as shown), checking that each names
 * that file.
 */
final class IgnoreFileFindings {

  private IgnoreFileFindings() {}

  /** Findings of {@code rule} in {@code dir}'s {@code .dockerignore}, for a plain Dockerfile. */
  static List<String> of(Class<? extends Rule> rule, Path dir, String ignoreFile) {
    return of(rule, dir, "Dockerfile", Map.of(".dockerignore", ignoreFile), ".dockerignore");
  }

  /**
   * Findings of {@code rule}, all of which must be in {@code expectedFile} (relative to {@code
   * dir}).
   */
  static List<String> of(
      Class<? extends Rule> rule,
      Path dir,
      String dockerfileName,
      Map<String, String> files,
      String expectedFile) {
    List<Finding> findings =
        LintTestHelper.forRule(rule)
            .inContext(dir, dockerfileName, files)
            .source("FROM scratch\n")
            .findings();
    String file = dir.resolve(expectedFile).toAbsolutePath().normalize().toString();
    return findings.stream()
        .map(
            f -> {
              assertThat(f.file()).as("file of %s", f).contains(file);
              return f.range() + " " + f.message();
            })
        .toList();
  }
}
