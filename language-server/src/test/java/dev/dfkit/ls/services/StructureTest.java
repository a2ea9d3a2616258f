package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static dev.dfkit.ls.services.NavAssert.nav;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;

/** Document symbols, folding ranges and selection ranges. */
class StructureTest {

  @Test
  void symbolsNestInstructionsInStagesAndKeysInInstructions() {
    String text =
        "ARG BASE=alpine\n"
            + "FROM ${BASE} AS build\n"
            + "ENV A=1 B=2\n"
            + "RUN make\n"
            + "FROM build\n"
            + "LABEL org.title=x\n"
            + "ONBUILD RUN echo\n";
    List<DocumentSymbol> symbols =
        new DocumentSymbolService().documentSymbols(new DockerfileDocument("u", 1, text), NEVER);
    assertThat(symbols)
        .extracting(DocumentSymbol::getName)
        .containsExactly("BASE", "build", "stage 1");
    assertThat(symbols.get(0).getKind()).isEqualTo(SymbolKind.Variable);
    assertThat(symbols.get(0).getDetail()).isEqualTo("= alpine");
    DocumentSymbol build = symbols.get(1);
    assertThat(build.getDetail()).isEqualTo("${BASE}");
    assertThat(build.getRange()).isEqualTo(new Range(pos(1, 0), pos(3, 8)));
    assertThat(build.getSelectionRange()).isEqualTo(new Range(pos(1, 16), pos(1, 21)));
    assertThat(build.getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("ENV", "RUN");
    assertThat(build.getChildren().get(0).getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("A", "B");
    assertThat(build.getChildren().get(1).getDetail()).isEqualTo("make");
    DocumentSymbol second = symbols.get(2);
    assertThat(second.getDetail()).isEqualTo("build");
    assertThat(second.getChildren().get(0).getChildren())
        .extracting(DocumentSymbol::getName, DocumentSymbol::getKind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("org.title", SymbolKind.Property));
    assertThat(second.getChildren().get(1).getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("RUN");
    assertContained(symbols, null);
  }

  /** Every symbol's selection range is inside its range, every child inside its parent. */
  static void assertContained(List<DocumentSymbol> symbols, Range parent) {
    for (DocumentSymbol s : symbols) {
      assertThat(contains(s.getRange(), s.getSelectionRange())).as(s.getName()).isTrue();
      if (parent != null) {
        assertThat(contains(parent, s.getRange())).as(s.getName()).isTrue();
      }
      if (s.getChildren() != null) {
        assertContained(s.getChildren(), s.getRange());
      }
    }
  }

  static boolean contains(Range outer, Range inner) {
    return compare(outer.getStart(), inner.getStart()) <= 0
        && compare(inner.getEnd(), outer.getEnd()) <= 0;
  }

  private static int compare(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }

  @Test
  void foldsStagesContinuationsHeredocsAndCommentBlocks() {
    String text =
        "# one\n" // 0
            + "# two\n" // 1
            + "FROM alpine\n" // 2
            + "RUN a \\\n" // 3
            + "  && b\n" // 4
            + "RUN <<EOF\n" // 5
            + "echo\n" // 6
            + "EOF\n" // 7
            + "# lone\n" // 8
            + "FROM alpine\n" // 9
            + "RUN x\n"; // 10
    List<FoldingRange> folds =
        new FoldingRangeService().foldingRanges(new DockerfileDocument("u", 1, text), NEVER);
    List<String> got = new ArrayList<>();
    for (FoldingRange f : folds) {
      got.add(
          f.getStartLine() + "-" + f.getEndLine() + (f.getKind() == null ? "" : " " + f.getKind()));
    }
    assertThat(got).containsExactly("0-1 " + FoldingRangeKind.Comment, "2-7", "3-4", "5-7", "9-10");
  }

  @Test
  void selectionGrowsFromNameToDocument() {
    NavAssert a = nav("FROM alpine\nRUN --mount=type=cache,target=/c echo $H|OME\n");
    List<SelectionRange> got =
        new SelectionRangeService().selectionRanges(a.doc(), List.of(a.cursor()), NEVER);
    List<Range> chain = new ArrayList<>();
    for (SelectionRange s = got.get(0); s != null; s = s.getParent()) {
      chain.add(s.getRange());
    }
    assertThat(chain)
        .containsExactly(
            new Range(pos(1, 39), pos(1, 43)), // HOME
            new Range(pos(1, 38), pos(1, 43)), // $HOME
            new Range(pos(1, 33), pos(1, 43)), // the script
            new Range(pos(1, 0), pos(1, 43)), // the RUN
            new Range(pos(0, 0), pos(1, 43)), // the stage
            new Range(pos(0, 0), pos(2, 0))); // the document

    NavAssert f = nav("FROM alpine\nRUN --mount=type=ca|che,target=/c true\n");
    SelectionRange flag =
        new SelectionRangeService().selectionRanges(f.doc(), List.of(f.cursor()), NEVER).get(0);
    assertThat(flag.getRange()).isEqualTo(new Range(pos(1, 12), pos(1, 32))); // the value
    assertThat(flag.getParent().getRange()).isEqualTo(new Range(pos(1, 4), pos(1, 32))); // flag
  }

  private static org.eclipse.lsp4j.Position pos(int line, int col) {
    return new org.eclipse.lsp4j.Position(line, col);
  }
}
