package dev.dfkit.parser.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DockerIgnoreProperties {

  /** Characters that mean something to the reader, the glob syntax or the Go regex. */
  private static final String SPECIAL = "*?[]^-\\!/.{}|()$+#:, \t\r\n\uFEFF\u00A0dpPxQE0123ab";

  @Provide
  Arbitrary<String> patternText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars(SPECIAL).ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> path() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("ab./\\*[]|{}").ofMaxLength(30));
  }

  @Property(tries = 2000)
  void parseAndMatchNeverThrow(@ForAll("patternText") String text, @ForAll("path") String path) {
    DockerIgnore ignore = DockerIgnore.parse(text);
    boolean excluded = ignore.isExcluded(path);
    assertThat(ignore.match(path).map(IgnoreMatch::excluded).orElse(false)).isEqualTo(excluded);
    ignore.mayReincludeBelow(path);
    assertThat(ignore.diagnostics()).allSatisfy(d -> assertThat(d.isError()).isTrue());
  }

  @Property(tries = 1000)
  void ofNeverThrows(
      @ForAll("patternText") String first,
      @ForAll("patternText") String second,
      @ForAll("path") String path) {
    DockerIgnore.of(List.of(first, second)).isExcluded(path);
  }

  @Provide
  Arbitrary<String> realisticPatterns() {
    Arbitrary<String> segment =
        Arbitraries.of("a", "b", "c", "*", "**", "*.md", "?", "[ab]", "[^a]", "a*", "**/a");
    Arbitrary<String> pattern =
        segment.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join("/", s));
    Arbitrary<String> line =
        Arbitraries.oneOf(pattern, pattern.map(p -> "!" + p), pattern.map(p -> "!" + p));
    return line.list().ofMinSize(1).ofMaxSize(5).map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<String> relativePath() {
    return Arbitraries.of("a", "b", "c", "a.md", "ab")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(s -> String.join("/", s));
  }

  /** A walker may trust mayReincludeBelow: skipping never loses a kept path. */
  @Property(tries = 3000)
  void skippingAnExcludedDirectoryNeverLosesAKeptPath(
      @ForAll("realisticPatterns") String text,
      @ForAll("relativePath") String dir,
      @ForAll("relativePath") String below) {
    DockerIgnore ignore = DockerIgnore.parse(text);
    if (ignore.isExcluded(dir) && !ignore.mayReincludeBelow(dir)) {
      assertThat(ignore.isExcluded(dir + "/" + below)).isTrue();
    }
  }
}
