package dev.dfkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's rules run on several threads find exactly what they find on one, in the same order. */
class ParallelLintTest {

  private static final ExecutorService HELPERS = Executors.newFixedThreadPool(3);
  private static final LintOptions ALL =
      new LintOptions(LintConfig.DEFAULT, Set.of(), Set.of(), Optional.empty(), Optional.empty());

  @AfterAll
  static void stop() {
    HELPERS.shutdownNow();
  }

  @Test
  void conformanceDockerfilesLintTheSameOnFourThreads() throws IOException {
    List<Path> files;
    // Surefire names the repository root; ../shared sits beside it
    Path root = Path.of(System.getProperty("dfkit.repo.root", ".."));
    try (Stream<Path> all = Files.walk(root.resolve("../shared/conformance"))) {
      files = all.filter(p -> p.getFileName().toString().startsWith("Dockerfile")).toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      String text = DockerfileParser.decode(Files.readAllBytes(f));
      assertSameOnThreads(DockerfileParser.parse(text, f.toString()), Optional.empty());
    }
  }

  @Test
  void aBigFileInABuildContextLintsTheSameOnFourThreads(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".dockerignore"), "*.md\n!README.md\nsecrets/\nnothing-here\n");
    Files.writeString(dir.resolve("app.sh"), "echo hi\n");
    Files.writeString(dir.resolve(".env"), "TOKEN=1\n");
    Files.writeString(dir.resolve("notes.md"), "x\n");
    StringBuilder text = new StringBuilder("ARG BASE=debian:12\n");
    for (int s = 0; s < 40; s++) {
      text.append("FROM ${BASE} AS stage")
          .append(s)
          .append('\n')
          .append("ARG VERSION=1.")
          .append(s)
          .append('\n')
          .append("ENV PATH=/opt/bin:$PATH HOME=/root\n")
          .append("RUN apt-get update && apt-get install -y curl wget=${VERSION} \\\n")
          .append("    && cd /tmp && pip install requests && rm -rf /var/lib/apt/lists/*\n")
          .append("RUN echo $UNDEFINED_")
          .append(s)
          .append(" | grep x\n")
          .append("COPY app.sh notes.md missing")
          .append(s)
          .append(".txt /app/\n")
          .append("COPY . /src\n")
          .append("ONBUILD RUN apk add git\n")
          .append("# dflint ignore=DL3008\n")
          .append("RUN apt-get install -y make\n")
          .append("workdir app\n")
          .append("CMD node server.js\n");
    }
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, text);
    assertSameOnThreads(
        DockerfileParser.parse(text.toString(), dockerfile.toString()), Optional.of(dockerfile));
  }

  private static void assertSameOnThreads(ParseResult parse, Optional<Path> path) {
    List<Finding> one = Linter.standard().lint(parse, path, ALL).findings();
    Linter four = Linter.standard().onThreads(HELPERS, 4);
    for (int round = 0; round < 3; round++) { // fresh caches first, then warm ones
      List<Finding> many = new ArrayList<>(four.lint(parse, path, ALL).findings());
      assertThat(many).as(parse.sourceName()).isEqualTo(one);
    }
  }
}
