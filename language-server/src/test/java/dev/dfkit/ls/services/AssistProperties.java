package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Completion, hover, signature help and inlay hints at every offset of every Dockerfile of the
 * shared conformance corpus: nothing throws and every range is inside the document.
 */
class AssistProperties {

  private static final List<Path> CORPUS = corpus();

  @Provide
  Arbitrary<Path> dockerfiles() {
    return Arbitraries.of(CORPUS);
  }

  @Property(tries = 200)
  void everyOffsetAnswersInsideTheDocument(@ForAll("dockerfiles") Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    DockerfileDocument doc = new DockerfileDocument(file.toUri().toString(), 1, text);
    CompletionService completion = new CompletionService();
    HoverService hover = new HoverService();
    SignatureHelpService signature = new SignatureHelpService();
    for (int offset = 0; offset <= text.length(); offset++) {
      Position p = Positions.position(doc.lines(), offset);
      for (boolean snippets : new boolean[] {true, false}) {
        for (CompletionItem i :
            completion.complete(doc, p, CompletionSettings.of(snippets), AssistAssert.NEVER)) {
          Range r = i.getTextEdit().getLeft().getRange();
          assertInside(doc, r);
          assertThat(r.getEnd()).isEqualTo(p);
        }
      }
      hover
          .hover(doc, p, AssistAssert.NEVER)
          .ifPresent(
              h -> {
                assertThat(h.getContents().getRight().getValue()).isNotBlank();
                if (h.getRange() != null) {
                  assertInside(doc, h.getRange());
                }
              });
      signature
          .signatureHelp(doc, p, AssistAssert.NEVER)
          .ifPresent(
              s -> assertThat(s.getActiveSignature()).isBetween(0, s.getSignatures().size() - 1));
    }
    Range all = new Range(new Position(0, 0), Positions.position(doc.lines(), text.length()));
    new InlayHintService()
        .inlayHints(doc, all, AssistAssert.NEVER)
        .forEach(h -> assertInside(doc, new Range(h.getPosition(), h.getPosition())));
  }

  private static void assertInside(DockerfileDocument doc, Range r) {
    int start = Positions.offset(doc.lines(), r.getStart());
    int end = Positions.offset(doc.lines(), r.getEnd());
    assertThat(Positions.position(doc.lines(), start)).isEqualTo(r.getStart());
    assertThat(Positions.position(doc.lines(), end)).isEqualTo(r.getEnd());
    assertThat(start).isLessThanOrEqualTo(end);
  }

  private static List<Path> corpus() {
    Path shared = repoRoot().resolve("../shared/conformance").normalize();
    try (Stream<Path> files = Files.walk(shared)) {
      List<Path> found =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().startsWith("Dockerfile"))
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("no Dockerfiles under " + shared);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repoRoot() {
    String property = System.getProperty("dfkit.repo.root");
    if (property != null) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared/conformance"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find ../shared beside the repository");
    }
    return dir;
  }
}
