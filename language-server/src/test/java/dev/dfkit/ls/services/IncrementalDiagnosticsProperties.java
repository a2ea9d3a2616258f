package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.Linter;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Documents;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * What the server reuses from one version of a document to the next (parsed RUN scripts, moved to
 * where they now are) never shows: along random edit sequences, the diagnostics of every version
 * linted by one long-lived service equal those of a service that never saw the earlier versions.
 */
class IncrementalDiagnosticsProperties {

  private static final List<String> STARTS = starts();

  /**
   * One edit: {@code text} put over {@code [at, at + length)}; {@code at} a fraction of the text.
   */
  record Edit(double at, int length, String text) {
    String apply(String before) {
      int from = (int) (at * before.length());
      int to = Math.min(before.length(), from + length);
      return before.substring(0, from) + text + before.substring(to);
    }

    /** The edit as an editor sends it: a range of {@code before} and its new text. */
    TextDocumentContentChangeEvent change(String before) {
      int from = (int) (at * before.length());
      int to = Math.min(before.length(), from + length);
      LineMap lines = LineMap.of(before);
      return new TextDocumentContentChangeEvent(
          new Range(Positions.position(lines, from), Positions.position(lines, to)), text);
    }
  }

  @Provide
  Arbitrary<Integer> start() {
    return Arbitraries.integers().between(0, STARTS.size() - 1);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> typed =
        Arbitraries.oneOf(
            Arbitraries.of(
                "x",
                "\n",
                " ",
                "\\\n",
                "RUN echo hi\n",
                "ARG A=1\n",
                "1",
                "=",
                "ENV B=$A\n",
                "$",
                "${A}",
                "# escape=`\n",
                "<<EOF\n",
                "EOF\n",
                "FROM alpine AS b\n",
                "COPY app.sh src/*.txt missing* /x/\n",
                "ONBUILD ENV MY_SECRET=$UNSET\n",
                "FROM b AS c\n",
                "ADD *.md docs/ /d/\n",
                "'",
                "\"",
                "|",
                "&&"),
            Arbitraries.strings().ofMaxLength(3));
    Arbitrary<String> pasted = Arbitraries.of(STARTS).map(s -> s.substring(0, s.length() / 2));
    return Arbitraries.frequencyOf(
            Tuple.of(5, Combinators.combine(at, Arbitraries.just(0), typed).as(Edit::new)),
            Tuple.of(
                3,
                Combinators.combine(at, Arbitraries.integers().between(1, 30), Arbitraries.just(""))
                    .as(Edit::new)),
            Tuple.of(1, Combinators.combine(at, Arbitraries.just(0), pasted).as(Edit::new)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Property(tries = 40)
  void everyVersionLintsAsFromScratch(
      @ForAll("start") int start, @ForAll("edits") List<Edit> edits) {
    DiagnosticsService kept = new DiagnosticsService();
    String text = STARTS.get(start);
    int version = 1;
    assertSameAsFresh(kept, text, version);
    for (Edit e : edits) {
      text = e.apply(text);
      assertSameAsFresh(kept, text, ++version);
    }
  }

  /**
   * Typing then undoing, as the benchmark does: the undone version meets the very trees (and the
   * commands read from them) of the version before, which must not bring back anything stale.
   */
  @Property(tries = 30)
  void undoneEditsLintAsFromScratch(@ForAll("start") int start, @ForAll("edits") List<Edit> edits) {
    DiagnosticsService kept = new DiagnosticsService();
    String text = STARTS.get(start);
    int version = 1;
    assertSameAsFresh(kept, text, version);
    for (Edit e : edits) {
      String edited = e.apply(text);
      assertSameAsFresh(kept, edited, ++version);
      assertSameAsFresh(kept, text, ++version);
      text = edited;
      assertSameAsFresh(kept, text, ++version);
    }
  }

  /**
   * As an editor drives the server: each version made from the last by a ranged change (so it is
   * re-parsed from the last, the unchanged instructions above and below the edit taken over), and
   * linted on several threads.
   */
  @Property(tries = 40)
  void rangedChangesLintedOnThreadsLintAsFromScratch(
      @ForAll("start") int start, @ForAll("edits") List<Edit> edits) {
    editOnThreads("untitled:Dockerfile", STARTS.get(start), edits);
  }

  /**
   * Opens {@code text} as {@code uri} and applies each edit as a ranged change, checking every
   * version's diagnostics (linted on three threads by one long-lived service) against a fresh lint.
   */
  private static void editOnThreads(String uri, String text, List<Edit> edits) {
    ExecutorService helpers = Executors.newFixedThreadPool(2);
    try {
      DiagnosticsService kept = new DiagnosticsService(Linter.standard(), helpers, 3);
      Documents documents = new Documents();
      DockerfileDocument doc = documents.open(uri, 1, text);
      int version = 1;
      assertSameAsFresh(kept, doc);
      for (Edit e : edits) {
        doc = documents.change(uri, ++version, List.of(e.change(text))).orElseThrow();
        text = e.apply(text);
        assertThat(doc.text()).isEqualTo(text);
        assertSameAsFresh(kept, doc);
      }
    } finally {
      helpers.shutdownNow();
    }
  }

  /**
   * A keystroke on every line of a file whose findings depend on instructions above them (a RUN
   * after a RUN, a FROM after global ARGs, variables set above, a RUN's packages and pip's cache
   * setting read from an ARG and an ENV above it), each version made from the last as an editor
   * does.
   */
  @Example
  void aKeystrokeOnEveryLineLintsAsFromScratch() {
    String text =
        """
        ARG BASE=alpine:3.19
        ARG TAG
        FROM ${BASE} AS one
        RUN echo 1
        RUN echo 2
        RUN echo 3
        ENV A=1
        RUN echo $A $B
        FROM one:${TAG} AS two
        RUN apt-get update
        RUN apt-get install -y curl
        FROM two
        RUN echo $A
        FROM alpine AS base
        ONBUILD ENV API_TOKEN=$MISSING
        ONBUILD RUN echo $NOPE
        FROM base AS child
        ENV X=$API_TOKEN Y=$NOWHERE
        FROM alpine:3.19 AS apk
        ARG PKG=curl
        ENV PIP_NO_CACHE_DIR=1
        RUN apk add $PKG && pip install flask && wget https://example.com/f
        RUN echo done
        """;
    ExecutorService helpers = Executors.newFixedThreadPool(2);
    try {
      DiagnosticsService kept = new DiagnosticsService(Linter.standard(), helpers, 3);
      Documents documents = new Documents();
      String uri = "untitled:Dockerfile";
      DockerfileDocument doc = documents.open(uri, 1, text);
      int version = 1;
      assertSameAsFresh(kept, doc);
      int lines = (int) text.chars().filter(c -> c == '\n').count();
      for (int line = 0; line < lines; line++) {
        for (String typed : List.of("x", "")) {
          // an x typed after the fourth character, then deleted: each line in turn is edited
          Position at = new Position(line, 4);
          Position to = typed.isEmpty() ? new Position(line, 5) : at;
          doc =
              documents
                  .change(
                      uri,
                      ++version,
                      List.of(new TextDocumentContentChangeEvent(new Range(at, to), typed)))
                  .orElseThrow();
          assertSameAsFresh(kept, doc);
        }
      }
    } finally {
      helpers.shutdownNow();
    }
  }

  /**
   * The same in a build context on disk (sources found, missing, ignored and unmatched), which the
   * context rules read.
   */
  @Property(tries = 40)
  void rangedChangesInABuildContextLintAsFromScratch(
      @ForAll("start") int start, @ForAll("edits") List<Edit> edits) throws IOException {
    Path dir = Files.createTempDirectory("dfls-incremental");
    try {
      Files.createDirectories(dir.resolve("src"));
      Files.writeString(dir.resolve("app.sh"), "echo\n");
      Files.writeString(dir.resolve("src/a.txt"), "a\n");
      Files.writeString(dir.resolve("README.md"), "r\n");
      Files.writeString(dir.resolve(".dockerignore"), "*.md\n!README.md\nsrc/b*\n");
      editOnThreads(
          dir.resolve("Dockerfile").toUri().toString(),
          STARTS.get(start) + "COPY app.sh src/*.txt nothing/ *.md /app/\n",
          edits);
    } finally {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void assertSameAsFresh(DiagnosticsService kept, DockerfileDocument doc) {
    List<Diagnostic> incremental = kept.diagnostics(doc, DiagnosticsSettings.DEFAULT, () -> {});
    List<Diagnostic> fresh =
        new DiagnosticsService()
            .diagnostics(
                new DockerfileDocument(doc.uri(), doc.version(), doc.text()),
                DiagnosticsSettings.DEFAULT,
                () -> {});
    assertThat(incremental).as("diagnostics of\n%s", doc.text()).isEqualTo(fresh);
  }

  private static void assertSameAsFresh(DiagnosticsService kept, String text, int version) {
    String uri = "untitled:Dockerfile";
    List<Diagnostic> incremental =
        kept.diagnostics(
            new DockerfileDocument(uri, version, text), DiagnosticsSettings.DEFAULT, () -> {});
    List<Diagnostic> fresh =
        new DiagnosticsService()
            .diagnostics(
                new DockerfileDocument(uri, version, text), DiagnosticsSettings.DEFAULT, () -> {});
    assertThat(incremental).as("diagnostics of\n%s", text).isEqualTo(fresh);
  }

  /** Conformance Dockerfiles with RUN instructions, and a generated multi-stage one. */
  private static List<String> starts() {
    List<String> out = new java.util.ArrayList<>();
    out.add(BigDockerfile.lines(120));
    for (Path p : ConformanceProperties.conformanceDockerfiles()) {
      try {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (text.contains("RUN") && text.length() < 6_000) {
          out.add(text);
        }
      } catch (IOException e) {
        if (!(e instanceof java.nio.charset.MalformedInputException)) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return List.copyOf(out);
  }
}
