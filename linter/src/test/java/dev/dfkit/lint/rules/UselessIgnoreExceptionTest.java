package dev.dfkit.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UselessIgnoreExceptionTest {

  @TempDir Path dir;

  private java.util.List<String> findings(String ignore) {
    return IgnoreFileFindings.of(UselessIgnoreException.class, dir, ignore);
  }

  @Test
  void anExceptionBeforeEveryExclusion() {
    assertThat(findings("!README.md\n!docs\n*.md\n!CHANGES.md\n"))
        .containsExactly(
            "1:1-1:11 \"!README.md\" re-includes nothing: no pattern before it excludes"
                + " anything; move it below the pattern it makes an exception to",
            "2:1-2:6 \"!docs\" re-includes nothing: no pattern before it excludes anything;"
                + " move it below the pattern it makes an exception to");
  }

  @Test
  void anExceptionForAPathNoEarlierPatternExcludes() {
    // "*.log" is anchored at the root: it does not exclude logs/keep.log.
    assertThat(findings("*.log\n!important.txt\n!logs/keep.log\n!app.log\n"))
        .containsExactly(
            "2:1-2:15 \"!important.txt\" re-includes nothing: no earlier pattern excludes"
                + " \"important.txt\" or a directory above it",
            "3:1-3:15 \"!logs/keep.log\" re-includes nothing: no earlier pattern excludes"
                + " \"logs/keep.log\" or a directory above it");
  }

  @Test
  void anExceptionNamingOnlyAParentOfWhatWasExcluded() {
    assertThat(findings("app/secret\napp/*.log\n!app\n"))
        .containsExactly(
            "3:1-3:5 \"!app\" re-includes nothing: no earlier pattern excludes \"app\" or a"
                + " directory above it; \"app/secret\" on line 1 excludes paths inside it, and an"
                + " exception brings back the contents of a directory only when that directory"
                + " itself was excluded");
  }

  @Test
  void anExceptionALaterPatternUndoes() {
    assertThat(
            findings(
                "docs\n!docs/README.md\n**\n*.md\n!README*.md\nREADME*.md\n*\n!main.go\n*.go\n"
                    + "!src\n*/\n"))
        .containsExactly(
            "2:1-2:16 \"!docs/README.md\" re-includes nothing: \"**\" on line 3 excludes again"
                + " everything it matches",
            "5:1-5:12 \"!README*.md\" re-includes nothing: \"README*.md\" on line 6 excludes"
                + " again everything it matches",
            "8:1-8:9 \"!main.go\" re-includes nothing: \"*.go\" on line 9 excludes again"
                + " everything it matches",
            // A trailing slash does not limit a pattern to directories: "*/" is "*".
            "10:1-10:5 \"!src\" re-includes nothing: \"*/\" on line 11 excludes again"
                + " everything it matches");
  }

  @Test
  void exceptionsThatCanReIncludeSomething() {
    for (String ignore :
        new String[] {
          "*.md\n!README.md\n",
          // BuildKit's transfer evaluates "docs" again only for paths it matches itself, so
          // docs/README.md is sent even though a second "docs" follows.
          "docs\n!docs/README.md\ndocs\n",
          "**\n!**/*.go\n",
          "build\n!build/keep\n*.tmp\n",
          "tmp/*\n!tmp/.gitkeep\n",
          "**/*.pem\n!certs/ca.pem\n**/secret.pem\n"
        }) {
      assertThat(findings(ignore)).as(ignore).isEmpty();
    }
  }
}
