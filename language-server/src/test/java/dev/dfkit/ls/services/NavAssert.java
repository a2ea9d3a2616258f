package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * Navigation tests on a marked Dockerfile: {@code |} is the cursor and {@code [[...]]} marks each
 * expected range (a cursor may sit inside one). The markers are removed before parsing.
 */
final class NavAssert {
  static final CancelChecker NEVER = () -> {};
  static final String URI = "file:///work/Dockerfile";

  private final DockerfileDocument doc;
  private final Position cursor;
  private final List<Range> expected;

  private NavAssert(DockerfileDocument doc, Position cursor, List<Range> expected) {
    this.doc = doc;
    this.cursor = cursor;
    this.expected = expected;
  }

  static NavAssert nav(String marked) {
    StringBuilder text = new StringBuilder();
    int cursor = -1;
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      if (marked.startsWith("[[", i)) {
        open = text.length();
        i++;
      } else if (marked.startsWith("]]", i) && open >= 0) {
        spans.add(new int[] {open, text.length()});
        open = -1;
        i++;
      } else if (marked.charAt(i) == '|' && cursor < 0) {
        cursor = text.length();
      } else {
        text.append(marked.charAt(i));
      }
    }
    String t = text.toString();
    LineMap lines = LineMap.of(t);
    List<Range> ranges = new ArrayList<>();
    for (int[] s : spans) {
      ranges.add(Positions.range(lines, s[0], s[1]));
    }
    return new NavAssert(
        new DockerfileDocument(URI, 1, t),
        cursor < 0 ? new Position(0, 0) : Positions.position(lines, cursor),
        ranges);
  }

  DockerfileDocument doc() {
    return doc;
  }

  Position cursor() {
    return cursor;
  }

  List<Range> expected() {
    return expected;
  }

  NavAssert expectDefinition() {
    List<Location> got = new DefinitionService().definition(doc, cursor, NEVER);
    assertThat(got).extracting(Location::getUri).allMatch(URI::equals);
    assertThat(got).extracting(Location::getRange).containsExactlyElementsOf(expected);
    return this;
  }

  NavAssert expectReferences(boolean includeDeclaration) {
    List<Location> got = new ReferencesService().references(doc, cursor, includeDeclaration, NEVER);
    assertThat(sorted(got.stream().map(Location::getRange).toList()))
        .containsExactlyElementsOf(sorted(expected));
    return this;
  }

  /** Expects the marked ranges, in order, with these kinds. */
  NavAssert expectHighlights(DocumentHighlightKind... kinds) {
    List<DocumentHighlight> got = new HighlightService().highlights(doc, cursor, NEVER);
    assertThat(got).extracting(DocumentHighlight::getRange).containsExactlyElementsOf(expected);
    assertThat(got).extracting(DocumentHighlight::getKind).containsExactly(kinds);
    return this;
  }

  /** The text after renaming the symbol at the cursor. */
  String renameTo(String newName) {
    WorkspaceEdit edit = new RenameService().rename(doc, cursor, newName, NEVER);
    assertThat(edit.getChanges()).containsOnlyKeys(URI);
    return apply(doc.text(), edit.getChanges().get(URI));
  }

  NavAssert expectRenameRefused(String newName, String message) {
    assertThatThrownBy(() -> new RenameService().rename(doc, cursor, newName, NEVER))
        .isInstanceOf(ResponseErrorException.class)
        .satisfies(
            e ->
                assertThat(((ResponseErrorException) e).getResponseError().getMessage())
                    .contains(message));
    return this;
  }

  static String apply(String text, List<TextEdit> edits) {
    LineMap lines = LineMap.of(text);
    List<TextEdit> ordered = new ArrayList<>(edits);
    ordered.sort(
        Comparator.comparingInt((TextEdit e) -> Positions.offset(lines, e.getRange().getStart()))
            .reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit e : ordered) {
      out.replace(
          Positions.offset(lines, e.getRange().getStart()),
          Positions.offset(lines, e.getRange().getEnd()),
          e.getNewText());
    }
    return out.toString();
  }

  private static List<Range> sorted(List<Range> ranges) {
    List<Range> out = new ArrayList<>(ranges);
    out.sort(
        Comparator.comparingInt((Range r) -> r.getStart().getLine())
            .thenComparingInt(r -> r.getStart().getCharacter()));
    return out;
  }
}
