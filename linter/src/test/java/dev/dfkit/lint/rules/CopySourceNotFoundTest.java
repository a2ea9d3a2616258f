package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.LintTestHelper;
import dev.dfkit.lint.config.LintConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopySourceNotFoundTest {

  @TempDir Path dir;

  private LintTestHelper context(String ignore, String... files) {
    Map<String, String> all = new HashMap<>();
    for (String f : files) {
      all.put(f, "");
    }
    if (ignore != null) {
      all.put(".dockerignore", ignore);
    }
    // a repository root: what lies above the temporary folder is not looked at
    all.put(".git/", "");
    return LintTestHelper.forRule(CopySourceNotFound.class).inContext(dir, "Dockerfile", all);
  }

  @Test
  void missingSourcesFailTheBuild() {
    context(null, "src/main.go", "docs/", "a.txt")
        .source(
            """
            FROM golang
            COPY src/main.go docs a.txt /app/
            #> CopySourceNotFound@6: COPY source "missing.txt" is not in the build context: the build would fail
            COPY missing.txt /app/
            #> CopySourceNotFound@11: ADD source "src/main.rs" is not in the build context: the build would fail
            ADD a.txt src/main.rs /app/
            #> CopySourceNotFound@6: COPY source "src/main.go/x" is not in the build context: the build would fail
            COPY src/main.go/x /
            """)
        .doTest();
  }

  @Test
  void aFolderHoldingNoneOfTheSourcesIsNotTakenForTheContext() {
    // Built from the project root with -f, or copying what an earlier CI step makes: the default
    // context (the Dockerfile's folder) is a guess, and every source would be an error.
    context(null, "README.md", "docs/")
        .source(
            """
            FROM golang
            COPY target/app.jar *.jar /app/
            COPY scripts/*.sh docs/nope.md /usr/local/bin/
            COPY . /src/
            """)
        .expectNoFindings();
  }

  @Test
  void oneSourceInTheFolderMakesItTheContext() {
    context(null, "README.md", "scripts/")
        .source(
            """
            FROM golang
            #> CopySourceNotFound@6: COPY source "target/app.jar" is not in the build context: the build would fail
            COPY target/app.jar /app/
            COPY scripts/*.sh /usr/local/bin/
            """)
        .doTest();
  }

  @Test
  void aNamedContextIsCheckedEvenWhenItHoldsNoSource() {
    LintConfig named =
        new LintConfig(
            Optional.empty(),
            Map.of(),
            Optional.of(LintSeverity.INFO),
            List.of(),
            Map.of(),
            false,
            false,
            true,
            Optional.of(dir),
            Optional.empty());
    context(null, "README.md")
        .config(named)
        .source(
            """
            FROM golang
            #> CopySourceNotFound@6: COPY source "target/app.jar" is not in the build context: the build would fail
            COPY target/app.jar /app/
            """)
        .doTest();
  }

  @Test
  void onlyTheStagesADefaultBuildRuns() {
    // pi-hole: the local stage copies a binary built by hand; the default ARG picks the remote one
    context(null, "start.sh", "tools/")
        .source(
            """
            ARG FTL_SOURCE=remote
            FROM alpine:3.20 AS base
            COPY start.sh /
            FROM base AS remote-ftl-install
            RUN wget https://example.com/ftl
            FROM base AS local-ftl-install
            COPY pihole-FTL /usr/bin/
            FROM ${FTL_SOURCE}-ftl-install AS final
            FROM alpine:3.20 AS tools
            #> CopySourceNotFound@6: COPY source "tools/lint.sh" is not in the build context: the build would fail
            COPY tools/lint.sh /
            FROM alpine:3.20 AS docs
            #> CopySourceNotFound@6: COPY source "docs/" is not in the build context: the build would fail
            COPY docs/ /docs/
            FROM alpine:3.20 AS unused
            COPY unused.txt /
            FROM final
            COPY --from=tools /lint.sh /
            RUN --mount=from=docs,target=/x true
            """)
        .doTest();
  }

  @Test
  void aBuildOutputGitIgnoresIsMadeBeforeTheBuild() {
    // prometheus: make builds .build/linux-amd64/prometheus, then docker build copies it
    layout(
            "Dockerfile",
            Map.of("LICENSE", "", ".gitignore", "# outputs\n/.build/\ntarget\n", ".git/", ""))
        .source(
            """
            FROM busybox
            COPY .build/linux-amd64/prometheus target/*.jar LICENSE /bin/
            #> CopySourceNotFound@6: COPY source "NOTICE" is not in the build context: the build would fail
            COPY NOTICE /
            """)
        .doTest();
  }

  @Test
  void pathsAreCleanedAgainstTheContextRoot() {
    context(null, "src/main.go")
        .source(
            """
            FROM scratch
            COPY ./src/../src/main.go /src/main.go ../src/main.go src//main.go/ / /x/
            COPY . ./ /y/
            """)
        .expectNoFindings();
  }

  @Test
  void ignoredFilesAreMissing() {
    context("secret.txt\nbuild\n", "secret.txt", "build/out.bin", "ok.txt")
        .source(
            """
            FROM scratch
            COPY ok.txt /
            #> CopySourceNotFound@6: COPY source "secret.txt" is excluded by .dockerignore (line 1: "secret.txt"): the build would fail as if it did not exist
            COPY secret.txt /
            #> CopySourceNotFound@6: COPY source "build/out.bin" is excluded by .dockerignore (line 2: "build"): the build would fail as if it did not exist
            COPY build/out.bin /
            #> CopySourceNotFound@6: COPY source "build" is excluded by .dockerignore (line 2: "build"): the build would fail as if it did not exist
            COPY build /
            """)
        .doTest();
  }

  @Test
  void exceptionsBringBackFilesAndTheirDirectories() {
    context("docs\n!docs/README.md\n", "docs/README.md", "docs/other.md")
        .source(
            """
            FROM scratch
            COPY docs/README.md docs /
            #> CopySourceNotFound@6: COPY source "docs/other.md" is excluded by .dockerignore (line 1: "docs"): the build would fail as if it did not exist
            COPY docs/other.md /
            """)
        .doTest();
  }

  @Test
  void noErrorWhereBuildKitsTransferAndMatcherDisagree() {
    // The matcher says docs/README.md is excluded again by line 3, but BuildKit's transfer does
    // not try "docs" on the file itself and sends it: only what is surely missing is an error.
    context("docs\n!docs/README.md\ndocs\n", "docs/README.md", "docs/other.md")
        .source(
            """
            FROM scratch
            COPY docs/README.md /
            #> CopySourceNotFound@6: COPY source "docs/other.md" is excluded by .dockerignore (line 1: "docs"): the build would fail as if it did not exist
            COPY docs/other.md /
            """)
        .doTest();
  }

  @Test
  void wildcardsNeedTheirDirectory() {
    context("vendor\n", "src/main.go", "vendor/x.go")
        .source(
            """
            FROM scratch
            COPY src/*.go src/*.rs *.md s?c/*.go /
            #> CopySourceNotFound@6: COPY source "lib/*.go": the directory "lib" is not in the build context: the build would fail
            COPY lib/*.go /
            #> CopySourceNotFound@6: COPY source "vendor/*.go": the directory "vendor" is excluded by .dockerignore (line 1: "vendor"): the build would fail as if it did not exist
            COPY vendor/*.go /
            """)
        .doTest();
  }

  @Test
  void variablesAreExpandedWhenTheirValueIsKnown() {
    context(null, "src/main.go")
        .source(
            """
            FROM scratch AS base
            ARG DIR=src
            ENV FILE=main.go
            COPY $DIR/$FILE /
            #> CopySourceNotFound@6: COPY source "src/nope.go" is not in the build context: the build would fail
            COPY ${DIR}/nope.go /
            FROM golang
            COPY --from=base /src /src
            COPY $FROM_THE_IMAGE/x /
            ARG TARGETARCH
            COPY bin/$TARGETARCH/app /
            ARG UNSET
            COPY $UNSET/x /
            """)
        .doTest();
  }

  @Test
  void otherSourcesAreNotChecked() {
    context(null)
        .source(
            """
            FROM scratch AS builder
            FROM scratch
            COPY --from=builder /nope /
            COPY --from=alpine /nope /
            ADD https://example.com/nope.tar.gz /
            ADD git@github.com:moby/buildkit.git /src
            COPY <<EOF /x
            body
            EOF
            ONBUILD COPY nope /
            COPY ${BAD:?message} /
            """)
        .expectNoFindings();
  }

  @Test
  void copyParentsChecksThePathsItRequires() {
    context(null, "src/app/main.go")
        .source(
            """
            FROM scratch
            COPY --parents src/./app/main.go src/app/main.go /out/
            COPY --parents src/./**/*.rs /out/
            #> CopySourceNotFound@16: COPY source "src/./nope.go" is not in the build context: the build would fail
            COPY --parents src/./nope.go /out/
            #> CopySourceNotFound@16: COPY source "lib/./*.go": the directory "lib" is not in the build context: the build would fail
            COPY --parents lib/./*.go /out/
            """)
        .doTest();
  }

  @Test
  void theDockerfileSpecificIgnoreFileWins() {
    LintTestHelper.forRule(CopySourceNotFound.class)
        .inContext(
            dir,
            "app.Dockerfile",
            Map.of(
                "app.Dockerfile.dockerignore", "a.txt\n",
                ".dockerignore", "b.txt\n",
                "a.txt", "",
                "b.txt", ""))
        .source(
            """
            FROM scratch
            #> CopySourceNotFound@6: COPY source "a.txt" is excluded by app.Dockerfile.dockerignore (line 1: "a.txt"): the build would fail as if it did not exist
            COPY a.txt b.txt /
            """)
        .doTest();
  }

  @Test
  void pathsBelowASymbolicLinkAreNotListedButFollowed() throws Exception {
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.createSymbolicLink(dir.resolve("link"), Path.of("real"));
    context(null, "real/file.txt")
        .source(
            """
            FROM scratch
            COPY link link/file.txt /
            #> CopySourceNotFound@6: COPY source "real/nope.txt" is not in the build context: the build would fail
            COPY real/nope.txt /
            """)
        .doTest();
  }

  @Test
  void nothingWithoutABuildContext() {
    LintTestHelper.forRule(CopySourceNotFound.class)
        .source("FROM scratch\nCOPY nope /\n")
        .expectNoFindings();
  }

  private LintTestHelper layout(String dockerfile, Map<String, String> files) {
    return LintTestHelper.forRule(CopySourceNotFound.class).inContext(dir, dockerfile, files);
  }

  @Test
  void aDevContainerConfigurationGivesTheContext() {
    layout(
            ".devcontainer/Dockerfile",
            Map.of(
                ".devcontainer/devcontainer.json",
                """
                {
                  // JSON with comments, as VS Code writes it
                  "name": "app",
                  "build": { "dockerfile": "Dockerfile", "context": "..", },
                }
                """,
                ".devcontainer/noop.txt",
                "",
                "requirements.txt",
                ""))
        .source(
            """
            FROM python:3.12
            COPY requirements.txt .devcontainer/noop.txt /tmp/
            #> CopySourceNotFound@6: COPY source "noop.txt" is not in the build context: the build would fail
            COPY noop.txt /tmp/
            """)
        .doTest();
  }

  @Test
  void aComposeServiceAboveGivesTheContext() {
    layout(
            "docker/app/Dockerfile",
            Map.of(
                "compose.yaml",
                """
                services:
                  db:
                    image: postgres:16
                  app:
                    build:
                      context: .
                      dockerfile: docker/app/Dockerfile
                """,
                "src/main.go",
                ""))
        .source("FROM golang:1.22\nCOPY src/main.go /src/\n")
        .expectNoFindings();
  }

  @Test
  void aComposeServiceBuildingAnotherDockerfileIsNotTheContext() {
    layout(
            "web/Dockerfile",
            Map.of(
                "docker-compose.yml",
                "services:\n  api:\n    build: ./api\n  web:\n    build: {context: web}\n",
                "web/index.html",
                "",
                "api/Dockerfile",
                "",
                "README.md",
                ""))
        .source(
            """
            FROM nginx:1.27
            COPY index.html /usr/share/nginx/html/
            #> CopySourceNotFound@6: COPY source "README.md" is not in the build context: the build would fail; ".." above the context holds it: if that is the build context, lint with --context (or set context: in .dflint.yaml)
            COPY README.md /
            """)
        .doTest();
  }

  @Test
  void aSourceAboveTheContextIsPointedOutUpToTheRepositoryRoot() {
    layout(
            "a/b/Dockerfile",
            Map.of("top.txt", "", "a/.git/", "", "a/mid.txt", "", "a/b/here.txt", ""))
        .source(
            """
            FROM scratch
            COPY here.txt /
            #> CopySourceNotFound@6: COPY source "mid.txt" is not in the build context: the build would fail; ".." above the context holds it: if that is the build context, lint with --context (or set context: in .dflint.yaml)
            COPY mid.txt /
            #> CopySourceNotFound@6: COPY source "top.txt" is not in the build context: the build would fail
            COPY top.txt /
            #> CopySourceNotFound@6: COPY source "./b" is not in the build context: the build would fail
            COPY ./b /
            """)
        .doTest();
  }
}
