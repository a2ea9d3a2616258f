package dev.dfkit.ls.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentsTest {

  private static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String t) {
    return new TextDocumentContentChangeEvent(
        new Range(new Position(l1, c1), new Position(l2, c2)), t);
  }

  @Test
  void incrementalChangesApplyInOrderAndMakeANewVersion() {
    Documents docs = new Documents();
    DockerfileDocument v1 = docs.open("file:///w/Dockerfile", 1, "FROM alpine\nRUN echo a\n");
    DockerfileDocument v2 =
        docs.change(
                "file:///w/Dockerfile",
                2,
                List.of(edit(1, 9, 1, 10, "b"), edit(0, 5, 0, 11, "debian")))
            .orElseThrow();
    assertThat(v2.text()).isEqualTo("FROM debian\nRUN echo b\n");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v1.text()).isEqualTo("FROM alpine\nRUN echo a\n");
    assertThat(v2.dockerfile().stages()).hasSize(1);
    assertThat(v2.parse()).isSameAs(v2.parse());
  }

  @Test
  void fullTextChangesAndPositionsPastTheEndAreClamped() {
    Documents docs = new Documents();
    docs.open("u", 1, "FROM a\n");
    assertThat(
            docs.change("u", 2, List.of(new TextDocumentContentChangeEvent("FROM b")))
                .orElseThrow()
                .text())
        .isEqualTo("FROM b");
    assertThat(docs.change("u", 3, List.of(edit(5, 0, 9, 9, "\nRUN x"))).orElseThrow().text())
        .isEqualTo("FROM b\nRUN x");
    assertThat(docs.change("closed", 1, List.of())).isEmpty();
  }

  @Test
  void positionsAreUtf16Columns() {
    DockerfileDocument d = new DockerfileDocument("u", 1, "LABEL a=\"\uD83D\uDE00\" b=c\n");
    int offset = Positions.offset(d.lines(), new Position(0, 13));
    assertThat(d.text().charAt(offset)).isEqualTo('b');
    assertThat(Positions.position(d.lines(), offset)).isEqualTo(new Position(0, 13));
  }
}
