package dev.dfkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.TextEdit;
import org.junit.jupiter.api.Test;

class FormatterTest {

  private static String fmt(String text) {
    return FormatAssert.formatChecked(text, FormatOptions.DEFAULTS).text();
  }

  @Test
  void refusesSyntaxErrorsWithADiagnosticAndChangesNothing() {
    String text = "from alpine\nENV PATH\n";
    FormatResult r = Formatter.format(text, FormatOptions.DEFAULTS);
    assertThat(r.refused()).isTrue();
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("ENV must have two arguments");
              assertThat(d.range().start().line()).isEqualTo(1);
            });
  }

  @Test
  void theIssuesExamplesKeepTheirMeaning() {
    // dockerfmt turns this into the invalid ENV K=a b.
    assertThat(fmt("FROM a\nENV K \\\n  a \\\n  b\n")).isEqualTo("FROM a\nENV K \\\n  a \\\n  b\n");
    // A continuation inside a word stays joined.
    assertThat(fmt("FROM a\nRUN ec\\\nho hi\n")).isEqualTo("FROM a\nRUN echo hi\n");
    // Subshells keep their parentheses and the commands around them.
    assertThat(fmt("FROM a\nRUN (cd x && make) || \\\n (echo failed; exit 1)\n"))
        .isEqualTo("FROM a\nRUN (cd x && make) \\\n    || (echo failed; exit 1)\n");
    // A subshell the author broke over lines stays broken, its body one level deeper.
    assertThat(fmt("FROM a\nRUN (cd x && \\\n make) || true\n"))
        .isEqualTo(
            "FROM a\nRUN ( \\\n        cd x \\\n        && make \\\n    ) \\\n    || true\n");
  }

  @Test
  void legacyEnvIsRewrittenOnlyWhenTheValueReadsTheSame() {
    assertThat(fmt("FROM a\nENV A b\nENV C \"d e\"\nENV F g h\nENV I j\\ k\n"))
        .isEqualTo("FROM a\nENV A=b\nENV C=\"d e\"\nENV F g h\nENV I=j\\ k\n");
  }

  @Test
  void quotesAndVariablesAreKeptExactly() {
    String in = "FROM a\nRUN echo  \"$A   ${B:-x}\"  '$(c)'   `d` $((1+2)) \\\n  && e\n";
    assertThat(fmt(in))
        .isEqualTo("FROM a\nRUN echo \"$A   ${B:-x}\" '$(c)' `d` $((1+2)) \\\n    && e\n");
  }

  @Test
  void aFileWithoutFinalNewlineGetsOneAndBlankLinesAreSqueezed() {
    assertThat(fmt("\n\nFROM a\n\n\n\nRUN b\n\n\n")).isEqualTo("FROM a\n\nRUN b\n");
    assertThat(fmt("FROM a")).isEqualTo("FROM a\n");
  }

  @Test
  void leadingBlankLinesBeforeACommentStaySoItCannotBecomeADirective() {
    assertThat(fmt("\n\n# escape=`\nFROM a\n")).isEqualTo("\n# escape=`\nFROM a\n");
  }

  @Test
  void nonPosixShellsAreKeptAsWritten() {
    String in = "FROM a\nSHELL [\"cmd\", \"/S\", \"/C\"]\nrun echo  a && \\\n  echo b\n";
    FormatResult r = FormatAssert.formatChecked(in, FormatOptions.DEFAULTS);
    assertThat(r.text())
        .isEqualTo("FROM a\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN echo  a && \\\n  echo b\n");
    assertThat(r.notes()).anyMatch(n -> n.message().contains("not a POSIX shell"));
  }

  @Test
  void aCommentInsideAWordKeepsTheInstruction() {
    String in = "FROM a\nrun ec\\\n# c\nho hi\n";
    FormatResult r = FormatAssert.formatChecked(in, FormatOptions.DEFAULTS);
    assertThat(r.text()).isEqualTo("FROM a\nRUN ec\\\n# c\nho hi\n");
    assertThat(r.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.kind()).isEqualTo(FormatNote.Kind.KEPT));
  }

  @Test
  void unknownInstructionsAreKept() {
    assertThat(fmt("FROM a\nfrob   x  y\n")).isEqualTo("FROM a\nfrob   x  y\n");
  }

  @Test
  void rangeFormattingTouchesOnlyTheInstructionsInTheRange() {
    String text = "from a\nrun  b\nrun  c\n";
    LineMap lines = LineMap.of(text);
    FormatResult r =
        Formatter.formatRange(
            text, lines.range(lines.lineStart(1), lines.lineStart(1) + 3), FormatOptions.DEFAULTS);
    assertThat(r.edits()).hasSize(1);
    assertThat(TextEdit.apply(text, r.edits())).isEqualTo("from a\nRUN b\nrun  c\n");
    assertThat(r.text()).isEqualTo("from a\nRUN b\nrun  c\n");
  }

  @Test
  void rangeFormattingRefusesSyntaxErrorsInTheRangeOnly() {
    String text = "FROM a\nrun  b\nENV X\n";
    LineMap lines = LineMap.of(text);
    FormatResult inRange =
        Formatter.formatRange(
            text, lines.range(lines.lineStart(2), text.length()), FormatOptions.DEFAULTS);
    assertThat(inRange.refused()).isTrue();
    assertThat(inRange.edits()).isEmpty();
  }

  @Test
  void heredocBodiesAreByteForByte() {
    String in = "FROM a\nRUN <<-EOF  cat\n\t  x  \r\n\tEOF\nCOPY <<A <<B /d/\na\nA\nb\nB\n";
    assertThat(fmt(in))
        .isEqualTo("FROM a\nRUN <<-EOF cat\n\t  x  \r\n\tEOF\nCOPY <<A <<B /d/\na\nA\nb\nB\n");
  }

  @Test
  void backtickEscapeIsTheContinuationCharacter() {
    assertThat(fmt("# escape=`\nFROM a\nCOPY a `\n   b c\\\n"))
        .isEqualTo("# escape=`\nFROM a\nCOPY a `\n    b c\\\n");
  }

  @Test
  void byteOrderMarkStays() {
    assertThat(fmt("\uFEFFfrom a\n")).isEqualTo("\uFEFFFROM a\n");
  }
}
