package dev.dfkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * A linter that remembers the files it linted (an editor's) finds on every version of an edited
 * file exactly what a new linter finds on it, fixes included: the findings it keeps above an edit,
 * those it moves below it, and the RUN readings it moves along never show. Each version is
 * re-parsed from the last, told where the edit starts and ends, as an editor's server does.
 */
class IncrementalLintProperties {

  private static final List<String> STARTS = starts();
  private static final LintOptions OWN_RULES =
      new LintOptions(
          LintConfig.DEFAULT, Set.of(), Set.of("ShellCheck"), Optional.empty(), Optional.empty());
  private static final ExecutorService HELPERS = Executors.newFixedThreadPool(2);

  @AfterContainer
  static void stop() {
    HELPERS.shutdownNow();
  }

  /** {@code text} put over {@code [at, at + length)} of a text; {@code at} a fraction of it. */
  record Edit(double at, int length, String text) {
    int from(String before) {
      return (int) (at * before.length());
    }

    int to(String before) {
      return Math.min(before.length(), from(before) + length);
    }

    String apply(String before) {
      return before.substring(0, from(before)) + text + before.substring(to(before));
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
                "RUN apt-get install -y $PKG\n",
                "ARG PKG=curl\n",
                "ENV PIP_NO_CACHE_DIR=1\n",
                "ENV B=$A\n",
                "FROM alpine:3.19 AS b\n",
                "FROM b\n",
                "ONBUILD ENV MY_SECRET=$UNSET\n",
                "ONBUILD RUN wget https://example.com/f\n",
                "SHELL [\"/bin/bash\", \"-c\"]\n",
                "# dflint ignore=DL3008\n",
                "<<EOF\n",
                "EOF\n",
                "$",
                "${A}",
                "'",
                "\"",
                "|",
                "&&",
                "-y"),
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

  @Property(tries = 60)
  void everyVersionFindsWhatANewLinterFinds(
      @ForAll("start") int start, @ForAll("edits") List<Edit> edits) {
    Linter remembering = Linter.standard().rememberingFiles().onThreads(HELPERS, 2);
    String text = STARTS.get(start);
    ParseResult parse = DockerfileParser.parse(text, "Dockerfile");
    assertFindsAsNew(remembering, parse);
    for (Edit e : edits) {
      String next = e.apply(text);
      parse = DockerfileParser.reparse(parse, next, e.from(text), text.length() - e.to(text));
      text = next;
      assertFindsAsNew(remembering, parse);
    }
  }

  /**
   * Typing a character on every line and deleting it again: every instruction in turn is the edited
   * one, with the lines below moved (and then moved back).
   */
  @Property(tries = 4)
  void aKeystrokeOnEveryLineFindsWhatANewLinterFinds(@ForAll("start") int start) {
    Linter remembering = Linter.standard().rememberingFiles();
    String text = STARTS.get(start);
    ParseResult parse = DockerfileParser.parse(text, "Dockerfile");
    assertFindsAsNew(remembering, parse);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      int at = Math.min(lineStart + 4, lineEnd < 0 ? text.length() : lineEnd);
      String typed = text.substring(0, at) + "x" + text.substring(at);
      parse = DockerfileParser.reparse(parse, typed, at, text.length() - at);
      assertFindsAsNew(remembering, parse);
      parse = DockerfileParser.reparse(parse, text, at, text.length() - at);
      assertFindsAsNew(remembering, parse);
      lineStart = lineEnd < 0 ? text.length() : lineEnd + 1;
    }
  }

  private static void assertFindsAsNew(Linter remembering, ParseResult parse) {
    String text = parse.dockerfile().text();
    List<Finding> found = remembering.lint(parse, Optional.empty(), OWN_RULES).findings();
    List<Finding> fresh =
        Linter.standard()
            .lint(DockerfileParser.parse(text, "Dockerfile"), Optional.empty(), OWN_RULES)
            .findings();
    assertThat(found).as("findings in\n%s", text).isEqualTo(fresh);
  }

  /** Conformance Dockerfiles with RUN instructions, and a multi-stage file with variables. */
  private static List<String> starts() {
    List<String> out = new ArrayList<>();
    out.add(
        """
        ARG BASE=alpine:3.19
        FROM ${BASE} AS one
        ARG PKG=curl
        ENV PIP_NO_CACHE_DIR=1
        RUN apk add $PKG && pip install flask && wget https://example.com/f
        RUN echo 1
        RUN apt-get update && apt-get install -y $PKG
        FROM one AS two
        ONBUILD RUN apt-get install -y git
        RUN cd /tmp && echo $PKG
        RUN --mount=type=cache,target=/var/cache/apk apk add curl
        RUN --mount=type=cache,target=/var/cache/apk apk add git
        FROM two
        USER root
        RUN <<EOF
        apt-get install -y make
        pip install requests
        EOF
        CMD node server.js
        """);
    // Surefire names the repository root; ../shared sits beside it
    Path root = Path.of(System.getProperty("dfkit.repo.root", ".."));
    try (Stream<Path> all = Files.walk(root.resolve("../shared/conformance"))) {
      for (Path p : all.filter(p -> p.getFileName().toString().startsWith("Dockerfile")).toList()) {
        String text = DockerfileParser.decode(Files.readAllBytes(p));
        if (text.contains("RUN") && text.length() < 6_000) {
          out.add(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
