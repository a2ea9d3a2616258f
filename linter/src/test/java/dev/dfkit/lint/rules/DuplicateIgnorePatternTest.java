package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateIgnorePatternTest {

  @TempDir Path dir;

  @Test
  void repeatsAfterNormalisationAreReported() {
    assertThat(
            IgnoreFileFindings.of(
                DuplicateIgnorePattern.class,
                dir,
                "node_modules\n/node_modules\ntmp/\n./tmp\ntmp\n"))
        .containsExactly(
            "2:1-2:14 \"/node_modules\" is the same pattern as \"node_modules\" on line 1 and"
                + " changes nothing; remove it",
            "4:1-4:6 \"./tmp\" is the same pattern as \"tmp/\" on line 3 and changes nothing;"
                + " remove it",
            "5:1-5:4 \"tmp\" is the same pattern as \"tmp/\" on line 3 and changes nothing;"
                + " remove it");
  }

  @Test
  void aRepeatAfterAPatternOfTheOtherKindMayMatter() {
    assertThat(
            IgnoreFileFindings.of(
                DuplicateIgnorePattern.class,
                dir,
                "*.md\n!README.md\n*.md\n*.md\n!README.md\n!README.md\n"))
        .containsExactly(
            "4:1-4:5 \"*.md\" repeats line 3 and changes nothing; remove it",
            "6:1-6:11 \"!README.md\" repeats line 5 and changes nothing; remove it");
  }

  @Test
  void commentsBlankLinesAndInvalidPatternsDoNotCount() {
    assertThat(
            IgnoreFileFindings.of(
                DuplicateIgnorePattern.class, dir, "# a\n# a\n\n\n[\n[\na\n# a\nb\n"))
        .isEmpty();
  }
}
