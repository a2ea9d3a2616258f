package dev.dfkit.parser.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.Severity;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

  private static List<String> patternTexts(DockerIgnore ignore) {
    return ignore.patterns().stream().map(IgnorePattern::display).toList();
  }

  @Nested
  class Matching {

    @Test
    void matchReportsTheDecidingPatternLine() {
      DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\nREADME-secret.md\n");

      IgnoreMatch readme = ignore.match("README.md").orElseThrow();
      assertThat(readme.pattern().line()).isEqualTo(1);
      assertThat(readme.pattern().exclusion()).isTrue();
      assertThat(readme.excluded()).isFalse();

      IgnoreMatch notes = ignore.match("notes.md").orElseThrow();
      assertThat(notes.pattern().line()).isZero();
      assertThat(notes.excluded()).isTrue();

      // Already excluded by line 0, so line 2 (a normal pattern) is never tried.
      assertThat(ignore.match("README-secret.md").orElseThrow().pattern().line()).isZero();

      assertThat(ignore.match("main.go")).isEmpty();
      assertThat(ignore.isExcluded("main.go")).isFalse();
    }

    @Test
    void orderDecides() {
      assertThat(DockerIgnore.parse("!README.md\n*.md").isExcluded("README.md")).isTrue();
      assertThat(DockerIgnore.parse("*.md\n!README.md").isExcluded("README.md")).isFalse();
    }

    @Test
    void aParentDirectoryMatchExcludesEverythingBelow() {
      DockerIgnore ignore = DockerIgnore.parse("docs\n!docs/README.md");
      assertThat(ignore.isExcluded("docs/a/b.txt")).isTrue();
      assertThat(ignore.isExcluded("docs/README.md")).isFalse();
      assertThat(ignore.isExcluded("docs")).isTrue();
      assertThat(ignore.isExcluded("documents")).isFalse();
      IgnoreMatch deep = ignore.match("docs/a/b.txt").orElseThrow();
      assertThat(deep.pattern().pattern()).isEqualTo("docs");
    }

    @Test
    void patternsAreAnchoredAtTheContextRoot() {
      assertThat(DockerIgnore.parse("node_modules").isExcluded("src/node_modules")).isFalse();
      assertThat(DockerIgnore.parse("**/node_modules").isExcluded("src/node_modules/x")).isTrue();
      assertThat(DockerIgnore.parse("*.md").isExcluded("docs/README.md")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"foo", "./foo", "/foo", "foo/", "foo//", "./x/../foo", "foo/bar", "/foo/bar/"})
    void pathsAreCleanedBeforeMatching(String path) {
      assertThat(DockerIgnore.parse("foo").isExcluded(path)).isTrue();
    }

    @Test
    void matchingDoesNotDependOnPatternKind() {
      DockerIgnore ignore = DockerIgnore.parse("a/b\nlogs/**\n**/tmp\nsrc/*.class");
      assertThat(ignore.isExcluded("a/b/c")).isTrue();
      assertThat(ignore.isExcluded("a/bc")).isFalse();
      assertThat(ignore.isExcluded("logs")).isFalse();
      assertThat(ignore.isExcluded("logs/x/y")).isTrue();
      assertThat(ignore.isExcluded("x/tmp/y")).isTrue();
      assertThat(ignore.isExcluded("x/mytmp")).isFalse();
      assertThat(ignore.isExcluded("src/A.class")).isTrue();
      assertThat(ignore.isExcluded("src/A.class/inner")).isTrue();
      assertThat(ignore.isExcluded("src/p/A.class")).isFalse();
    }
  }

  /** Behaviour that follows from how patternmatcher builds its Go regex, checked against Go. */
  @Nested
  class BuildKitQuirks {

    @Test
    void aStarInsideBracketsBreaksTheClass() {
      // "[a*]" becomes the Go regex ^[a[^/]*]$: a class, a star, then a literal "]".
      DockerIgnore ignore = DockerIgnore.parse("[a*]");
      assertThat(ignore.isExcluded("]")).isTrue();
      assertThat(ignore.isExcluded("a]")).isTrue();
      assertThat(ignore.isExcluded("*")).isFalse();
      assertThat(ignore.isExcluded("a")).isFalse();
    }

    @Test
    void barAndBracesAreRegexSyntaxInWildcardPatterns() {
      DockerIgnore alternation = DockerIgnore.parse("*.md|x");
      assertThat(alternation.isExcluded("a.mdz")).isTrue();
      assertThat(alternation.isExcluded("docs/zzx")).isTrue();
      assertThat(alternation.isExcluded("zzy")).isFalse();

      DockerIgnore repeat = DockerIgnore.parse("a{2}*");
      assertThat(repeat.isExcluded("aa")).isTrue();
      assertThat(repeat.isExcluded("a")).isFalse();

      // Without a wildcard the pattern is compared as plain text.
      assertThat(DockerIgnore.parse("a|b").isExcluded("a|b")).isTrue();
      assertThat(DockerIgnore.parse("a|b").isExcluded("a")).isFalse();
    }

    @Test
    void escapedLettersAreRegexEscapes() {
      DockerIgnore ignore = DockerIgnore.parse("\\d");
      assertThat(ignore.isExcluded("5")).isTrue();
      assertThat(ignore.isExcluded("d")).isFalse();
    }

    @Test
    void posixClassesWork() {
      DockerIgnore ignore = DockerIgnore.parse("[[:alpha:]]");
      assertThat(ignore.isExcluded("q")).isTrue();
      assertThat(ignore.isExcluded(":")).isFalse();
    }

    @Test
    void goChecksBracketsOnlyUpToTheFirstChunkThatCannotMatchDot() {
      assertThat(DockerIgnore.parse("[x-]").diagnostics()).hasSize(1);
      DockerIgnore lazy = DockerIgnore.parse("a*[x-]");
      assertThat(lazy.diagnostics()).isEmpty();
      assertThat(lazy.isExcluded("abx")).isTrue();
      assertThat(lazy.isExcluded("ab-")).isTrue();
    }

    @Test
    void anInvertedRangeFailsOnlyWhenMatchingInBuildKitButIsReportedAtLoad() {
      DockerIgnore ignore = DockerIgnore.parse("[Local-Only]/");
      assertThat(ignore.diagnostics())
          .singleElement()
          .satisfies(d -> assertThat(d.message()).contains("[Local-Only]/", "l-O"));
      assertThat(ignore.patterns()).hasSize(1);
      assertThat(ignore.activePatterns()).isEmpty();
    }
  }

  @Nested
  class Reading {

    @Test
    void commentsOnlyWhenHashIsTheFirstCharacter() {
      DockerIgnore ignore = DockerIgnore.parse("#comment\n # not a comment\n\tx #y\n");
      assertThat(patternTexts(ignore)).containsExactly("# not a comment", "x #y");
    }

    @Test
    void byteOrderMarkIsStrippedFromTheFirstLineOnly() {
      DockerIgnore commented = DockerIgnore.parse("\uFEFF#comment\nfoo");
      assertThat(patternTexts(commented)).containsExactly("foo");

      DockerIgnore first = DockerIgnore.parse("\uFEFFfoo\n\uFEFFbar");
      assertThat(patternTexts(first)).containsExactly("foo", "\uFEFFbar");
      assertThat(first.patterns().get(0).range().start().column()).isEqualTo(1);
      assertThat(first.patterns().get(0).raw()).isEqualTo("foo");
    }

    @Test
    void whitespaceAndLineEndings() {
      DockerIgnore ignore = DockerIgnore.parse("  foo  \t\r\n\r\n\u00A0bar\u3000\n!  baz \n   \n");
      assertThat(patternTexts(ignore)).containsExactly("foo", "bar", "!baz");
      IgnorePattern foo = ignore.patterns().get(0);
      assertThat(foo.raw()).isEqualTo("  foo  \t");
      assertThat(foo.range()).isEqualTo(range(0, 2, 2, 0, 5, 5));
      IgnorePattern baz = ignore.patterns().get(2);
      assertThat(baz.line()).isEqualTo(3);
      assertThat(baz.exclusion()).isTrue();
      assertThat(baz.pattern()).isEqualTo("baz");
      // The range covers the pattern text as written, "!" included.
      assertThat(baz.range().start().column()).isZero();
      assertThat(baz.range().end().column()).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "/foo|foo",
          "./foo|foo",
          "foo/|foo",
          "foo/./bar//baz/../qux|foo/bar/qux",
          "foo/..|.",
          "/|/",
          "/../foo|foo",
          "../foo|../foo",
          "**/|**",
          "!/foo/|!foo",
          "! ./foo|!foo",
          "!!foo|!!foo"
        })
    void patternsAreNormalisedLikeBuildKit(String line, String normalised) {
      DockerIgnore ignore = DockerIgnore.parse(line);
      assertThat(ignore.diagnostics()).isEmpty();
      assertThat(patternTexts(ignore)).containsExactly(normalised);
    }

    @Test
    void ofTakesEachEntryAsOnePattern() {
      DockerIgnore ignore = DockerIgnore.of(List.of("#foo", "  ", " /dist/ ", "!dist/keep"));
      assertThat(patternTexts(ignore)).containsExactly("#foo", "dist", "!dist/keep");
      assertThat(ignore.isExcluded("#foo")).isTrue();
      assertThat(ignore.isExcluded("dist/x")).isTrue();
      assertThat(ignore.isExcluded("dist/keep")).isFalse();
      IgnorePattern dist = ignore.patterns().get(1);
      assertThat(dist.line()).isEqualTo(2);
      assertThat(dist.range()).isEqualTo(range(2, 1, 9, 2, 7, 15));
    }
  }

  @Nested
  class Diagnostics {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"!", "'! '", "!/", "'  !  '"})
    void aLoneExclamationMarkIsAnError(String line) {
      DockerIgnore ignore = DockerIgnore.parse(line);
      assertThat(ignore.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                assertThat(d.code()).isEqualTo("invalid-ignore-pattern");
                assertThat(d.message()).contains("illegal exclusion pattern");
              });
      assertThat(ignore.hasExceptions()).isFalse();
      assertThat(ignore.isExcluded("anything")).isFalse();
    }

    @Test
    void diagnosticsPointAtThePatternText() {
      DockerIgnore ignore = DockerIgnore.parse("ok\n  [x-]  \r\n\\\n");
      assertThat(ignore.diagnostics()).hasSize(2);

      Diagnostic bracket = ignore.diagnostics().get(0);
      assertThat(bracket.range()).isEqualTo(range(1, 2, 5, 1, 6, 9));
      assertThat(bracket.message()).contains("\"[x-]\"", "range without an upper bound");

      Diagnostic backslash = ignore.diagnostics().get(1);
      assertThat(backslash.range()).isEqualTo(range(2, 0, 13, 2, 1, 14));
      assertThat(backslash.message()).contains("lone '\\'");
    }

    @Test
    void invalidPatternsAreListedButTakeNoPartInMatching() {
      DockerIgnore ignore = DockerIgnore.parse("*\n![\n");
      assertThat(ignore.patterns()).hasSize(2);
      assertThat(ignore.activePatterns()).extracting(IgnorePattern::pattern).containsExactly("*");
      assertThat(ignore.hasExceptions()).isFalse();
      assertThat(ignore.isExcluded("x")).isTrue();
    }

    @Test
    void validFileHasNoDiagnostics() {
      assertThat(DockerIgnore.parse("# deps\nnode_modules\n**/*.log\n!keep.log\n").diagnostics())
          .isEmpty();
    }
  }

  @Nested
  class ReInclusion {

    @Test
    void withoutExceptionsNothingIsReIncluded() {
      DockerIgnore ignore = DockerIgnore.parse("docs\n*.md");
      assertThat(ignore.hasExceptions()).isFalse();
      assertThat(ignore.mayReincludeBelow("docs")).isFalse();
    }

    @Test
    void literalExceptionsOnlyReachTheirOwnDirectories() {
      DockerIgnore ignore = DockerIgnore.parse("docs\nsrc\n!docs/README.md");
      assertThat(ignore.hasExceptions()).isTrue();
      assertThat(ignore.mayReincludeBelow("docs")).isTrue();
      assertThat(ignore.mayReincludeBelow("./docs/")).isTrue();
      assertThat(ignore.mayReincludeBelow("src")).isFalse();
      assertThat(ignore.mayReincludeBelow("doc")).isFalse();
      assertThat(ignore.mayReincludeBelow("docs/sub")).isFalse();
      assertThat(ignore.mayReincludeBelow(".")).isTrue();
    }

    @Test
    void anExceptionOnAParentReachesEverythingBelow() {
      DockerIgnore ignore = DockerIgnore.parse("*\n!a\na/b");
      assertThat(ignore.mayReincludeBelow("a/b")).isTrue();
      assertThat(ignore.mayReincludeBelow("c")).isFalse();
    }

    @Test
    void wildcardExceptionsAreCheckedByTheirLiteralLead() {
      DockerIgnore ignore = DockerIgnore.parse("*\n!src/*.java\n!lib/**\n!**/keep");
      assertThat(ignore.mayReincludeBelow("src")).isTrue();
      assertThat(ignore.mayReincludeBelow("lib")).isTrue();
      // "**/keep" can match below any directory.
      assertThat(ignore.mayReincludeBelow("test")).isTrue();
      assertThat(DockerIgnore.parse("*\n!src/*.java").mayReincludeBelow("test")).isFalse();
    }
  }

  private static SourceRange range(
      int startLine, int startColumn, int startOffset, int endLine, int endColumn, int endOffset) {
    return new SourceRange(
        new SourcePosition(startLine, startColumn, startOffset),
        new SourcePosition(endLine, endColumn, endOffset));
  }
}
