package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * Every navigation and structure service, at every offset of every Dockerfile of the shared
 * conformance data (BuildKit's own parser test files, many of them malformed), answers without
 * throwing, with ranges inside the document.
 */
class ConformanceProperties {

  @Provide
  Arbitrary<Path> dockerfiles() {
    return Arbitraries.of(conformanceDockerfiles());
  }

  static List<Path> conformanceDockerfiles() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared/conformance"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("../shared/conformance beside the repository").isNotNull();
    try (Stream<Path> files = Files.walk(dir.resolve("../shared/conformance").normalize())) {
      List<Path> out =
          new ArrayList<>(
              files.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList());
      assertThat(out).hasSizeGreaterThan(10);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyServiceAtEveryOffsetStaysInTheDocument(@ForAll("dockerfiles") Path file)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    everyServiceAnswersInside(new DockerfileDocument(file.toUri().toString(), 1, text), 1);
  }

  /** Runs every service on the document, at every {@code step}-th offset for positions. */
  static void everyServiceAnswersInside(DockerfileDocument doc, int step) {
    String text = doc.text();
    LineMap lines = doc.lines();
    Range whole = Positions.range(lines, 0, text.length());

    for (DocumentSymbol s : new DocumentSymbolService().documentSymbols(doc, NEVER)) {
      symbolInside(s, whole);
    }
    for (FoldingRange f : new FoldingRangeService().foldingRanges(doc, NEVER)) {
      assertThat(f.getStartLine()).isBetween(0, f.getEndLine() - 1);
      assertThat(f.getEndLine()).isLessThan(lines.lineCount());
    }
    SemanticTokensService tokens = new SemanticTokensService();
    SemanticTokens full = tokens.full(doc, NEVER);
    tokensInside(full.getData(), lines, text);
    tokens.range(doc, whole, NEVER);
    for (DocumentLink l : new DocumentLinkService().documentLinks(doc, NEVER)) {
      inside(l.getRange(), whole);
    }

    List<Position> positions = new ArrayList<>();
    for (int offset = 0; offset <= text.length(); offset += step) {
      positions.add(Positions.position(lines, offset));
    }
    for (SelectionRange s : new SelectionRangeService().selectionRanges(doc, positions, NEVER)) {
      for (SelectionRange r = s; r != null; r = r.getParent()) {
        inside(r.getRange(), whole);
      }
    }
    for (Position p : positions) {
      for (Location l : new DefinitionService().definition(doc, p, NEVER)) {
        inside(l.getRange(), whole);
      }
      for (Location l : new ReferencesService().references(doc, p, true, NEVER)) {
        inside(l.getRange(), whole);
      }
      for (DocumentHighlight h : new HighlightService().highlights(doc, p, NEVER)) {
        inside(h.getRange(), whole);
      }
      try {
        inside(new RenameService().prepareRename(doc, p, NEVER).getRange(), whole);
        WorkspaceEdit edit = new RenameService().rename(doc, p, "renamed_x", NEVER);
        List<TextEdit> edits = edit.getChanges().values().iterator().next();
        for (TextEdit e : edits) {
          inside(e.getRange(), whole);
        }
        // Edits of one rename never overlap (a client rejects such a WorkspaceEdit).
        List<Integer> starts = new ArrayList<>();
        for (TextEdit e : edits) {
          starts.add(Positions.offset(lines, e.getRange().getStart()));
        }
        assertThat(starts).doesNotHaveDuplicates();
      } catch (ResponseErrorException refused) {
        assertThat(refused.getResponseError().getMessage()).isNotBlank();
      }
    }
  }

  private static final String BASE =
      "# syntax=docker/dockerfile:1\nARG V=1 W\nFROM alpine:$V AS build\nENV A=1 B=\"x $A\"\n"
          + "RUN --mount=type=cache,target=/c,from=build echo \"$A\" && ls | wc -l \\\n"
          + "  # inner\n  && true\nFROM build\nARG V\nCOPY --from=0 <<EOF /f\n$B\nEOF\n"
          + "LABEL k=v\nONBUILD RUN <<-X\n\tx\n\tX\nCMD [\"a\", \"$A\"]\n";

  private static final String[] SNIPPETS = {
    "\n",
    " ",
    "$",
    "${",
    "}",
    "\"",
    "'",
    "ARG X\n",
    "FROM ",
    " AS ",
    "<<EOF",
    "EOF\n",
    "\\\n",
    "--from=",
    "ENV ",
    "# c\n",
    "=",
    "[\"",
    "ONBUILD ",
    "\t",
    "\r\n",
    "é",
    "😀",
  };

  record Edit(double at, int delete, int snippet) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 15),
            Arbitraries.integers().between(0, SNIPPETS.length - 1))
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  /** Broken-while-typing texts: random edits of a Dockerfile that uses every feature. */
  @Property(tries = 150)
  void everyServiceSurvivesRandomEdits(@ForAll("edits") List<Edit> edits) {
    String text = BASE;
    for (Edit e : edits) {
      int at = (int) (e.at() * text.length());
      int end = Math.min(text.length(), at + e.delete());
      text = text.substring(0, at) + SNIPPETS[e.snippet()] + text.substring(end);
    }
    everyServiceAnswersInside(new DockerfileDocument("file:///nowhere/Dockerfile", 1, text), 3);
  }

  private static void symbolInside(DocumentSymbol s, Range whole) {
    inside(s.getRange(), whole);
    inside(s.getSelectionRange(), s.getRange());
    if (s.getChildren() != null) {
      for (DocumentSymbol c : s.getChildren()) {
        symbolInside(c, s.getRange());
      }
    }
  }

  private static void tokensInside(List<Integer> data, LineMap lines, String text) {
    int line = 0;
    int col = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      col = data.get(i) == 0 ? col + data.get(i + 1) : data.get(i + 1);
      assertThat(line).isLessThan(lines.lineCount());
      assertThat(data.get(i + 2)).isPositive();
      assertThat(lines.lineStart(line) + col + data.get(i + 2))
          .isLessThanOrEqualTo(lines.lineEnd(line));
      assertThat(data.get(i + 3)).isBetween(0, SemanticTokensService.TOKEN_TYPES.size() - 1);
    }
  }

  private static void inside(Range r, Range outer) {
    assertThat(StructureTest.contains(outer, r)).as(r + " inside " + outer).isTrue();
    assertThat(
            r.getStart().getLine() < r.getEnd().getLine()
                || (r.getStart().getLine() == r.getEnd().getLine()
                    && r.getStart().getCharacter() <= r.getEnd().getCharacter()))
        .as("ordered " + r)
        .isTrue();
  }
}
