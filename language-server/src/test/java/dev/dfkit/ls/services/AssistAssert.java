package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Runs the assist services on a Dockerfile whose cursor is marked with {@code |}: {@code
 * AssistAssert.at("FROM a\nRUN --|").completionLabels()}.
 */
final class AssistAssert {

  static final CancelChecker NEVER = () -> {};

  final DockerfileDocument doc;
  final Position position;
  private CompletionSettings settings = CompletionSettings.DEFAULT;
  private List<DockerfileDocument> open = List.of();

  private AssistAssert(DockerfileDocument doc, Position position) {
    this.doc = doc;
    this.position = position;
  }

  /** A document at {@code uri} with the cursor where the one {@code |} is. */
  static AssistAssert at(String uri, String marked) {
    int cursor = marked.indexOf('|');
    assertThat(cursor).as("cursor marker in %s", marked).isGreaterThanOrEqualTo(0);
    assertThat(marked.indexOf('|', cursor + 1)).as("one cursor marker").isEqualTo(-1);
    String text = marked.substring(0, cursor) + marked.substring(cursor + 1);
    DockerfileDocument doc = new DockerfileDocument(uri, 1, text);
    return new AssistAssert(doc, Positions.position(doc.lines(), cursor));
  }

  static AssistAssert at(String marked) {
    return at("untitled:Dockerfile", marked);
  }

  /** A Dockerfile in a directory (the build context of COPY/ADD). */
  static AssistAssert in(Path dir, String marked) {
    return at(dir.resolve("Dockerfile").toUri().toString(), marked);
  }

  AssistAssert snippets(boolean on) {
    settings = new CompletionSettings(on, settings.context(), settings.retrigger());
    return this;
  }

  /** Other documents open beside this one, each {@code uri, text, uri, text...}. */
  AssistAssert open(String... uriAndText) {
    List<DockerfileDocument> docs = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < uriAndText.length; i += 2) {
      docs.add(new DockerfileDocument(uriAndText[i], 1, uriAndText[i + 1]));
    }
    open = List.copyOf(docs);
    return this;
  }

  AssistAssert retrigger(boolean on) {
    settings = new CompletionSettings(settings.snippets(), settings.context(), on);
    return this;
  }

  List<CompletionItem> completion() {
    List<CompletionItem> items =
        new CompletionService().complete(doc, position, settings, open, NEVER);
    for (CompletionItem i : items) {
      Range r = i.getTextEdit().getLeft().getRange();
      assertThat(r.getEnd()).as("edit of %s ends at the cursor", i.getLabel()).isEqualTo(position);
    }
    return items;
  }

  List<String> completionLabels() {
    return completion().stream().map(CompletionItem::getLabel).toList();
  }

  CompletionItem item(String label) {
    return completion().stream()
        .filter(i -> i.getLabel().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + label + " in " + completionLabels()));
  }

  /** The text after accepting the item with this label. */
  String accept(String label) {
    TextEdit edit = item(label).getTextEdit().getLeft();
    int start = Positions.offset(doc.lines(), edit.getRange().getStart());
    int end = Positions.offset(doc.lines(), edit.getRange().getEnd());
    return doc.text().substring(0, start) + edit.getNewText() + doc.text().substring(end);
  }

  Optional<Hover> hover() {
    return new HoverService().hover(doc, position, NEVER);
  }

  /** The hover's markdown, failing when there is none. */
  String hoverText() {
    return hover()
        .orElseThrow(() -> new AssertionError("no hover"))
        .getContents()
        .getRight()
        .getValue();
  }

  Optional<SignatureHelp> signature() {
    return new SignatureHelpService().signatureHelp(doc, position, NEVER);
  }

  /** The active parameter's text in the active signature, or null when none is active. */
  String activeParameter() {
    SignatureHelp help = signature().orElseThrow(() -> new AssertionError("no signature help"));
    String label = help.getSignatures().get(help.getActiveSignature()).getLabel();
    int p = help.getActiveParameter();
    if (p < 0) {
      return null;
    }
    var span =
        help.getSignatures()
            .get(help.getActiveSignature())
            .getParameters()
            .get(p)
            .getLabel()
            .getRight();
    return label.substring(span.getFirst(), span.getSecond());
  }

  List<InlayHint> hints() {
    Range all = new Range(new Position(0, 0), Positions.position(doc.lines(), doc.text().length()));
    return new InlayHintService().inlayHints(doc, all, NEVER);
  }

  /** Each hint as {@code line:column label}. */
  List<String> hintLabels() {
    return hints().stream()
        .map(
            h ->
                h.getPosition().getLine()
                    + ":"
                    + h.getPosition().getCharacter()
                    + " "
                    + h.getLabel().getLeft())
        .toList();
  }
}
