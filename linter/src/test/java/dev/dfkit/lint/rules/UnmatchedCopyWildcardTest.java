package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmatchedCopyWildcardTest {

  @TempDir Path dir;

  private LintTestHelper context(String ignore) {
    Map<String, String> all = new HashMap<>();
    for (String f :
        new String[] {"src/main.go", "src/util/x.go", "README.md", "app.log", "debug.log"}) {
      all.put(f, "");
    }
    if (ignore != null) {
      all.put(".dockerignore", ignore);
    }
    return LintTestHelper.forRule(UnmatchedCopyWildcard.class).inContext(dir, "Dockerfile", all);
  }

  @Test
  void wildcardsMatchingNothing() {
    context(null)
        .source(
            """
            FROM scratch
            COPY src/*.go */main.go src/*/x.go R??DME.md [QR]*.md src/[m]ain.go *.log /
            #> UnmatchedCopyWildcard@6: COPY source "*.txt" matches nothing in the build context; BuildKit copies nothing for it
            COPY *.txt /
            #> UnmatchedCopyWildcard@6: COPY source "*.go" matches nothing in the build context; BuildKit copies nothing for it
            COPY *.go /
            #> UnmatchedCopyWildcard@5: ADD source "src/main.go/*" matches nothing in the build context; BuildKit copies nothing for it
            ADD src/main.go/* /
            #> UnmatchedCopyWildcard@6: COPY source "[a-c]*.md" matches nothing in the build context; BuildKit copies nothing for it
            COPY [a-c]*.md /
            #> UnmatchedCopyWildcard@6: COPY source "src/[" matches nothing in the build context; BuildKit copies nothing for it
            COPY src/[ /
            """)
        .doTest();
  }

  @Test
  void literalsAndMissingDirectoriesAreLeftToCopySourceNotFound() {
    context(null).source("FROM scratch\nCOPY nope.txt lib/*.go src/\\*.go /\n").expectNoFindings();
  }

  @Test
  void ignoredMatchesDoNotCount() {
    context("*.log\n")
        .source(
            """
            FROM scratch
            #> UnmatchedCopyWildcard@6: COPY source "*.log" matches nothing the build receives: app.log, debug.log are excluded by .dockerignore; BuildKit copies nothing for it
            COPY *.log /
            #> UnmatchedCopyWildcard@6: COPY source "app.lo?" matches nothing the build receives: app.log is excluded by .dockerignore; BuildKit copies nothing for it
            COPY app.lo? /
            """)
        .doTest();
  }

  @Test
  void aMatchTheTransferMaySendCounts() {
    context("*.md\n!README.md\n*.md\n").source("FROM scratch\nCOPY R*.md /\n").expectNoFindings();
  }

  @Test
  void copyParentsUsesIncludePatterns() {
    context(null)
        .source(
            """
            FROM scratch
            COPY --parents **/*.go src/./**/x.go ./src/./util /out/
            #> UnmatchedCopyWildcard@16: COPY source "**/*.rs" matches nothing in the build context; BuildKit copies nothing for it
            COPY --parents **/*.rs /out/
            """)
        .doTest();
  }

  @Test
  void wildcardsBelowASymbolicLinkAreNotChecked() throws Exception {
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.createSymbolicLink(dir.resolve("link"), Path.of("src"));
    context(null).source("FROM scratch\nCOPY link/*.go link/util/*.go /\n").expectNoFindings();
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(UnmatchedCopyWildcard.class)
        .source("FROM scratch\nCOPY *.nope /\n")
        .expectNoFindings();
  }
}
