package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintTestHelper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first cases are BuildKit's own (dockerfile_check_test.go), the rest pin its semantics. */
class CopyIgnoredFileTest {

  @TempDir Path dir;

  private LintTestHelper withIgnore(String ignore) {
    return LintTestHelper.forRule(CopyIgnoredFile.class)
        .inContext(dir, "Dockerfile", Map.of(".dockerignore", ignore));
  }

  @Test
  void copyAndAddOfAnIgnoredFile() {
    withIgnore("\nDockerfile\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@6: Attempting to Copy file "Dockerfile" that is excluded by .dockerignore
            COPY Dockerfile .
            #> CopyIgnoredFile@5: Attempting to Add file "Dockerfile" that is excluded by .dockerignore
            ADD Dockerfile /windy
            """)
        .doTest();
  }

  @Test
  void checkSkipSilencesIt() {
    withIgnore("Dockerfile\n")
        .source(
            """
            # check=skip=CopyIgnoredFile

            FROM scratch
            COPY Dockerfile .
            ADD Dockerfile /windy
            """)
        .expectNoFindings();
  }

  @Test
  void destinationsAndOtherStagesAreNotSources() {
    withIgnore("foobar\n")
        .source(
            """
            FROM scratch AS base
            COPY Dockerfile /foobar
            ADD Dockerfile /windy

            FROM base
            COPY --from=base /foobar /Dockerfile
            """)
        .expectNoFindings();
  }

  @Test
  void skippedWhenTheIgnoreFileHasExceptions() {
    withIgnore("**\n!Dockerfile\n")
        .source("FROM scratch\nCOPY ./Dockerfile .\nCOPY . .\nCOPY other .\n")
        .expectNoFindings();
  }

  @Test
  void theContextRootWarnsOnlyForPatternsExcludingEveryRootEntry() {
    withIgnore(".*\nnode_modules\n")
        .source("FROM scratch\nCOPY . .\nCOPY / /x\n")
        .expectNoFindings();
    for (String all : new String[] {"*", "**", "**/*", "/*"}) {
      withIgnore("node_modules\n" + all + "\n")
          .source(
              """
              FROM scratch
              #> CopyIgnoredFile@6: Attempting to Copy file "." that is excluded by .dockerignore
              COPY . .
              #> CopyIgnoredFile@5: Attempting to Add file "/" that is excluded by .dockerignore
              ADD / /x
              #> CopyIgnoredFile@6: Attempting to Copy file "." that is excluded by .dockerignore
              #> CopyIgnoredFile@9: Attempting to Copy file "." that is excluded by .dockerignore
              COPY ./ ./sub/.. /y/
              """)
          .doTest();
    }
  }

  @Test
  void sourcesAreCleanedButWildcardsAreNotExpanded() {
    withIgnore("tmp\n*.txt\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@6: Attempting to Copy file "tmp/x.txt" that is excluded by .dockerignore
            COPY ./tmp//x.txt /
            #> CopyIgnoredFile@6: Attempting to Copy file "*.txt" that is excluded by .dockerignore
            COPY *.txt /
            #> CopyIgnoredFile@6: Attempting to Copy file "a.txt" that is excluded by .dockerignore
            COPY src/../a.txt b.md /
            COPY *.md docs/a.txt /
            """)
        .doTest();
  }

  @Test
  void rootedSourcesAreMatchedAsWritten() {
    // BuildKit matches "/foo" against the patterns as the text "/foo": "foo" does not match it.
    withIgnore("foo\nbar/*\n").source("FROM scratch\nCOPY /foo /bar/x /\n").expectNoFindings();
    withIgnore("**/foo\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@6: Attempting to Copy file "/foo" that is excluded by .dockerignore
            COPY /foo /
            #> CopyIgnoredFile@6: Attempting to Copy file "/foo/x" that is excluded by .dockerignore
            COPY /foo/x /bar /
            """)
        .doTest();
    withIgnore("*\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@6: Attempting to Copy file "/a/b" that is excluded by .dockerignore
            COPY /a/b /
            """)
        .doTest();
  }

  @Test
  void variablesAreExpanded() {
    withIgnore("secret.txt\n")
        .source(
            """
            FROM scratch
            ARG F=secret.txt
            #> CopyIgnoredFile@6: Attempting to Copy file "secret.txt" that is excluded by .dockerignore
            COPY $F /
            #> CopyIgnoredFile@6: Attempting to Copy file "secret.txt" that is excluded by .dockerignore
            COPY ${NOTSET}secret.txt /
            FROM alpine
            COPY ${FROM_IMAGE}secret.txt /
            """)
        .doTest();
  }

  @Test
  void urlsGitHeredocsAndOnbuildAreNotContextSources() {
    withIgnore("*\n")
        .source(
            """
            FROM scratch
            ADD https://example.com/a.txt /
            ADD git@github.com:moby/buildkit.git /src
            ADD https://github.com/moby/buildkit.git#master /src
            COPY <<EOF /x
            hello
            EOF
            ONBUILD COPY a.txt /
            """)
        .expectNoFindings();
  }

  @Test
  void githubPathsWithoutSchemeAreLocal() {
    withIgnore("github.com\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@5: Attempting to Add file "github.com/moby/buildkit" that is excluded by .dockerignore
            ADD github.com/moby/buildkit /src
            """)
        .doTest();
  }

  @Test
  void theDockerfileSpecificIgnoreFileWins() {
    LintTestHelper.forRule(CopyIgnoredFile.class)
        .inContext(
            dir,
            "app.Dockerfile",
            Map.of("app.Dockerfile.dockerignore", "a.txt\n", ".dockerignore", "b.txt\n"))
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@6: Attempting to Copy file "a.txt" that is excluded by .dockerignore
            COPY a.txt b.txt /
            """)
        .doTest();
  }

  @Test
  void anInvalidIgnoreFileFailsTheBuildBeforeAnyCheck() {
    withIgnore("a.txt\n[\n").source("FROM scratch\nCOPY a.txt /\n").expectNoFindings();
  }

  @Test
  void namesAreQuotedAsGoDoes() {
    withIgnore("*\n")
        .source(
            """
            FROM scratch
            #> CopyIgnoredFile@7: Attempting to Copy file "a\\tb\\u00a0" that is excluded by .dockerignore
            COPY ["a\\tb\\u00a0", "/"]
            """)
        .doTest();
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(CopyIgnoredFile.class)
        .source("FROM scratch\nCOPY Dockerfile .\n")
        .expectNoFindings();
  }
}
