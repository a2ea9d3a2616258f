package dev.dfkit.ls.services.edits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.ServerAssert;
import dev.dfkit.parser.source.LineMap;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

class TextEditsTest {

  private static List<TextEdit> minimal(String text, int start, int end, String replacement) {
    return TextEdits.minimal(text, LineMap.of(text), start, end, replacement);
  }

  @Test
  void aReplacementShrinksToWhatChanges() {
    assertThat(minimal("run echo hi\n", 0, 12, "RUN echo hi\n"))
        .containsExactly(new TextEdit(new Range(new Position(0, 0), new Position(0, 3)), "RUN"));
    assertThat(minimal("RUN a\n", 0, 6, "RUN a\n")).isEmpty();
    assertThat(minimal("RUN a  b\n", 0, 9, "RUN a b\n"))
        .containsExactly(new TextEdit(new Range(new Position(0, 6), new Position(0, 7)), ""));
  }

  @Test
  void surrogatePairsAreNeverCut() {
    // 😀 and 😃 share their high surrogate: the edit must still replace the whole character.
    List<TextEdit> edits = minimal("A😀B", 0, 4, "A😃B");
    assertThat(edits).hasSize(1);
    assertThat(edits.get(0).getRange())
        .isEqualTo(new Range(new Position(0, 1), new Position(0, 3)));
    assertThat(edits.get(0).getNewText()).isEqualTo("😃");
  }

  @Test
  void aLineDiffEditsOnlyTheHunksThatChanged() {
    String before = "FROM a\nrun x\nRUN y\nrun z\n";
    String after = "FROM a\nRUN x\nRUN y\nRUN z\n";
    List<TextEdit> edits = TextEdits.diff(before, LineMap.of(before), after);
    assertThat(edits)
        .containsExactly(
            new TextEdit(new Range(new Position(1, 0), new Position(1, 3)), "RUN"),
            new TextEdit(new Range(new Position(3, 0), new Position(3, 3)), "RUN"));
  }

  @Property(tries = 300)
  void theDiffAlwaysTurnsOneTextIntoTheOther(@ForAll String before, @ForAll String after) {
    String a = before.replace('x', '\n');
    String b = after.replace('x', '\n');
    assertThat(ServerAssert.apply(a, TextEdits.diff(a, LineMap.of(a), b))).isEqualTo(b);
  }
}
