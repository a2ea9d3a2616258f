package dev.dfkit.ls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.format.config.OptionOverrides;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.ls.services.CodeActionService;
import dev.dfkit.ls.services.DiagnosticsService;
import dev.dfkit.ls.services.DiagnosticsSettings;
import dev.dfkit.ls.services.FormattingService;
import dev.dfkit.parser.source.LineMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The server engineer's test helper: a Dockerfile with a cursor {@code |} (or a range {@code
 * |...|}) marked in it, the services run on it, and edits applied back to text.
 *
 * <pre>
 * ServerAssert.of("RUN ec|ho hi").actions()
 * ServerAssert.of("from a").formatted()   // the text after formatting
 * </pre>
 */
public final class ServerAssert {

  public static final CancelChecker NEVER = () -> {};

  private static final DiagnosticsService DIAGNOSTICS = new DiagnosticsService();

  private final DockerfileDocument doc;
  private final Range range;
  private DiagnosticsSettings settings = DiagnosticsSettings.DEFAULT;
  private OptionOverrides format = OptionOverrides.NONE;
  private FormattingOptions editor = new FormattingOptions(4, true);

  private ServerAssert(DockerfileDocument doc, Range range) {
    this.doc = doc;
    this.range = range;
  }

  /** An untitled document; {@code |} marks the cursor, two of them a range. */
  public static ServerAssert of(String marked) {
    return at("untitled:Dockerfile", marked);
  }

  /** A document at {@code uri} (a {@code file:} URI gets a build context and configuration). */
  public static ServerAssert at(String uri, String marked) {
    int first = marked.indexOf('|');
    int second = first < 0 ? -1 : marked.indexOf('|', first + 1);
    String text = marked.replace("|", "");
    int start = first < 0 ? 0 : first;
    int end = second < 0 ? start : second - 1;
    DockerfileDocument doc = new DockerfileDocument(uri, 1, text);
    LineMap lines = LineMap.of(text);
    return new ServerAssert(doc, Positions.range(lines, start, end));
  }

  public ServerAssert settings(DiagnosticsSettings s) {
    this.settings = s;
    return this;
  }

  public ServerAssert format(OptionOverrides o) {
    this.format = o;
    return this;
  }

  public ServerAssert editor(int tabSize) {
    this.editor = new FormattingOptions(tabSize, true);
    return this;
  }

  public DockerfileDocument document() {
    return doc;
  }

  public Position cursor() {
    return range.getStart();
  }

  public List<Diagnostic> diagnostics() {
    return DIAGNOSTICS.diagnostics(doc, settings, NEVER);
  }

  /** The codes of the diagnostics, in order. */
  public List<String> codes() {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diagnostics()) {
      out.add(d.getCode() == null ? "" : d.getCode().get().toString());
    }
    return out;
  }

  public List<TextEdit> formatEdits() {
    return new FormattingService().format(doc, editor, format, NEVER);
  }

  public String formatted() {
    return apply(doc.text(), formatEdits());
  }

  public String rangeFormatted() {
    return apply(
        doc.text(), new FormattingService().rangeFormat(doc, range, editor, format, NEVER));
  }

  /** The text after on-type formatting at the cursor, as if {@code ch} was just typed. */
  public String typed(String ch) {
    return apply(
        doc.text(), new FormattingService().onTypeFormat(doc, cursor(), ch, editor, format, NEVER));
  }

  public List<CodeAction> actions() {
    return actions(new CodeActionContext(List.of()));
  }

  public List<CodeAction> actions(CodeActionContext context) {
    List<CodeAction> out = new ArrayList<>();
    for (Either<?, CodeAction> e :
        new CodeActionService(DIAGNOSTICS).codeActions(doc, range, context, settings, NEVER)) {
      assertThat(e.isRight()).as("code actions are CodeAction literals").isTrue();
      out.add(e.getRight());
    }
    return out;
  }

  public List<String> actionTitles() {
    return actions().stream().map(CodeAction::getTitle).toList();
  }

  /** The text after the action whose title starts with {@code title}. */
  public String applied(String title) {
    CodeAction a =
        actions().stream()
            .filter(x -> x.getTitle().startsWith(title))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no action '" + title + "' in " + actionTitles()));
    return apply(a.getEdit());
  }

  public String apply(WorkspaceEdit edit) {
    assertThat(edit.getChanges()).containsOnlyKeys(doc.uri());
    Map<String, List<TextEdit>> changes = edit.getChanges();
    return apply(doc.text(), changes.get(doc.uri()));
  }

  /** Applies LSP edits (non-overlapping, in any order) to {@code text}. */
  public static String apply(String text, List<? extends TextEdit> edits) {
    LineMap lines = LineMap.of(text);
    List<int[]> spans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (TextEdit e : edits) {
      spans.add(
          new int[] {
            Positions.offset(lines, e.getRange().getStart()),
            Positions.offset(lines, e.getRange().getEnd()),
            spans.size()
          });
      texts.add(e.getNewText());
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
    StringBuilder out = new StringBuilder(text);
    int limit = Integer.MAX_VALUE;
    for (int[] s : spans) {
      assertThat(s[1]).as("edits overlap").isLessThanOrEqualTo(limit);
      out.replace(s[0], s[1], texts.get(s[2]));
      limit = s[0];
    }
    return out.toString();
  }
}
