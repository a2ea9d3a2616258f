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
  void versionsParseFromTheLastParsedOneToWhatAFreshParseGives() {
    Documents docs = new Documents();
    String uri = "file:///w/Dockerfile";
    docs.open(uri, 1, "FROM a AS b\nRUN x\n# c\nCOPY d /d\nRUN y\n").parse();
    // version 2 is never parsed: version 3 re-parses from version 1
    docs.change(uri, 2, List.of(edit(3, 5, 3, 6, "dd")));
    DockerfileDocument v3 =
        docs.change(uri, 3, List.of(edit(4, 4, 4, 5, "z \\"), edit(1, 4, 1, 5, "w"))).orElseThrow();
    assertThat(v3.text()).isEqualTo("FROM a AS b\nRUN w\n# c\nCOPY dd /d\nRUN z \\\n");
    var fresh = dev.dfkit.parser.DockerfileParser.parse(v3.text(), uri);
    assertThat(v3.dockerfile().elements()).isEqualTo(fresh.dockerfile().elements());
    assertThat(v3.parse().diagnostics()).isEqualTo(fresh.diagnostics());
    DockerfileDocument v4 = docs.change(uri, 4, List.of(edit(4, 0, 4, 0, "# e\n"))).orElseThrow();
    var fresh4 = dev.dfkit.parser.DockerfileParser.parse(v4.text(), uri);
    assertThat(v4.dockerfile().elements()).isEqualTo(fresh4.dockerfile().elements());
    assertThat(v4.dockerfile().instructions().get(0))
        .isSameAs(v3.dockerfile().instructions().get(0));
  }

  @Test
  void positionsAreUtf16Columns() {
    DockerfileDocument d = new DockerfileDocument("u", 1, "LABEL a=\"\uD83D\uDE00\" b=c\n");
    int offset = Positions.offset(d.lines(), new Position(0, 13));
    assertThat(d.text().charAt(offset)).isEqualTo('b');
    assertThat(Positions.position(d.lines(), offset)).isEqualTo(new Position(0, 13));
  }
}
