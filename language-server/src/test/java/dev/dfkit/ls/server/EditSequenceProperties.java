package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.ServerAssert;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Random edit sequences (typed fragments, deletions, pastes of BuildKit's conformance Dockerfiles,
 * undo) sent through {@code didChange} never crash the server: the server's text stays the
 * client's, and every request it serves (diagnostics, formatting, code actions, completion, hover,
 * signature help, inlay hints, navigation, symbols, folding, selection, semantic tokens, links)
 * answers without an error; a rename may only be refused with its reason.
 */
class EditSequenceProperties {

  private static final List<String> CORPUS = corpus();
  private static final DflsServer SERVER = server();
  private static final AtomicInteger DOCS = new AtomicInteger();

  /** One client edit; positions are fractions of the current text. */
  sealed interface Edit permits Insert, Delete, Paste, Undo {}

  record Insert(double at, String text) implements Edit {}

  record Delete(double at, int length) implements Edit {}

  record Paste(double at, int file) implements Edit {}

  record Undo() implements Edit {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "\n",
                "\r\n",
                "\\",
                "\\\n",
                "`",
                "#",
                "# escape=`\n",
                "# check=skip=all\n",
                "$",
                "${",
                "}",
                "\"",
                "'",
                "[",
                "]",
                "[\"a\", ",
                "<<EOF\n",
                "EOF\n",
                "FROM ",
                "RUN ",
                "COPY --from=0 ",
                "--mount=type=cache,target=/x ",
                " AS b",
                "ONBUILD ",
                "ARG A=1\n",
                "ENV A=$B\n",
                "\t",
                " ",
                "😀",
                "\u0000"),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<Edit> insert = Combinators.combine(at, fragment).as(Insert::new);
    Arbitrary<Edit> delete =
        Combinators.combine(at, Arbitraries.integers().between(1, 40)).as(Delete::new);
    Arbitrary<Edit> paste =
        Combinators.combine(at, Arbitraries.integers().between(0, CORPUS.size() - 1))
            .as(Paste::new);
    Arbitrary<Edit> undo = Arbitraries.just(new Undo());
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, insert),
            net.jqwik.api.Tuple.of(3, delete),
            net.jqwik.api.Tuple.of(2, paste),
            net.jqwik.api.Tuple.of(1, undo))
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 40)
  void randomEditsNeverCrashAndEveryRequestAnswers(
      @ForAll("edits") List<Edit> edits, @ForAll("starts") int start) throws Exception {
    TextDocumentService td = SERVER.getTextDocumentService();
    String uri = "file:///nonexistent/dfls-property/" + DOCS.incrementAndGet() + "/Dockerfile";
    String text = CORPUS.get(start);
    int version = 1;
    td.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, text)));
    Deque<String> history = new ArrayDeque<>();
    for (Edit e : edits) {
      version++;
      LineMap lines = LineMap.of(text);
      TextDocumentContentChangeEvent change;
      String next;
      if (e instanceof Undo) {
        if (history.isEmpty()) {
          continue;
        }
        next = history.pop();
        change = new TextDocumentContentChangeEvent(next); // an editor may resend the whole text
      } else {
        int from =
            (int)
                (((e instanceof Insert i)
                        ? i.at()
                        : (e instanceof Delete d) ? d.at() : ((Paste) e).at())
                    * text.length());
        int to = from;
        String inserted;
        if (e instanceof Insert i) {
          inserted = i.text();
        } else if (e instanceof Delete d) {
          inserted = "";
          to = Math.min(text.length(), from + d.length());
        } else {
          inserted = CORPUS.get(((Paste) e).file());
        }
        // Positions are what an editor sends: never inside a CRLF pair or a surrogate pair.
        from = snap(text, from);
        to = Math.max(from, snap(text, to));
        Range range = Positions.range(lines, from, to);
        next = text.substring(0, from) + inserted + text.substring(to);
        change = new TextDocumentContentChangeEvent(range, inserted);
      }
      history.push(text);
      text = next;
      td.didChange(
          new DidChangeTextDocumentParams(
              new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }
    assertThat(SERVER.documents.get(uri).orElseThrow().text()).isEqualTo(text);
    requestsAnswer(td, uri, text);
    assertThat(SERVER.failures()).as("requests that failed inside a service").isZero();
  }

  private static void requestsAnswer(TextDocumentService td, String uri, String text)
      throws Exception {
    TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
    LineMap lines = LineMap.of(text);
    Range whole = Positions.range(lines, 0, text.length());
    Range middle = Positions.range(lines, text.length() / 3, 2 * text.length() / 3);
    var report = td.diagnostic(new DocumentDiagnosticParams(id)).get(30, TimeUnit.SECONDS);
    var diagnostics = report.getLeft().getItems();
    List<? extends TextEdit> formatted =
        td.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true)))
            .get(30, TimeUnit.SECONDS);
    ServerAssert.apply(text, formatted);
    ServerAssert.apply(
        text,
        td.rangeFormatting(
                new DocumentRangeFormattingParams(id, new FormattingOptions(4, true), middle))
            .get(30, TimeUnit.SECONDS));
    ServerAssert.apply(
        text,
        td.onTypeFormatting(
                new DocumentOnTypeFormattingParams(
                    id, new FormattingOptions(4, true), middle.getEnd(), "\n"))
            .get(30, TimeUnit.SECONDS));
    assistAndNavigationAnswer(td, id, middle.getEnd());
    assistAndNavigationAnswer(td, id, Positions.position(lines, 0));
    for (Range r : List.of(whole, middle)) {
      for (var action :
          td.codeAction(new CodeActionParams(id, r, new CodeActionContext(diagnostics)))
              .get(30, TimeUnit.SECONDS)) {
        ServerAssert.apply(text, action.getRight().getEdit().getChanges().get(uri));
      }
    }
  }

  /** Every other request the server serves, at one position; none may fail. */
  private static void assistAndNavigationAnswer(
      TextDocumentService td, TextDocumentIdentifier id, Position at) throws Exception {
    long t = 30;
    TimeUnit s = TimeUnit.SECONDS;
    Range line = new Range(new Position(at.getLine(), 0), new Position(at.getLine() + 1, 0));
    td.completion(new CompletionParams(id, at)).get(t, s);
    td.hover(new HoverParams(id, at)).get(t, s);
    td.signatureHelp(new SignatureHelpParams(id, at)).get(t, s);
    td.inlayHint(new InlayHintParams(id, line)).get(t, s);
    td.definition(new DefinitionParams(id, at)).get(t, s);
    td.references(new ReferenceParams(id, at, new ReferenceContext(true))).get(t, s);
    td.documentHighlight(new DocumentHighlightParams(id, at)).get(t, s);
    td.documentSymbol(new DocumentSymbolParams(id)).get(t, s);
    td.foldingRange(new FoldingRangeRequestParams(id)).get(t, s);
    td.selectionRange(new SelectionRangeParams(id, List.of(at))).get(t, s);
    td.semanticTokensFull(new SemanticTokensParams(id)).get(t, s);
    td.semanticTokensRange(new SemanticTokensRangeParams(id, line)).get(t, s);
    td.documentLink(new DocumentLinkParams(id)).get(t, s);
    // prepareRename and rename may refuse (no name here, a collision, a reserved name): that is
    // an answer with its reason, not a failure.
    refusalOrAnswer(() -> td.prepareRename(new PrepareRenameParams(id, at)).get(t, s));
    refusalOrAnswer(() -> td.rename(new RenameParams(id, at, "renamed_by_property")).get(t, s));
  }

  private static void refusalOrAnswer(java.util.concurrent.Callable<?> request) throws Exception {
    try {
      request.call();
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(ResponseErrorException.class);
      assertThat(e.getCause().getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Integer> starts() {
    return Arbitraries.integers().between(0, CORPUS.size() - 1);
  }

  private static int snap(String text, int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    if (o > 0
        && o < text.length()
        && ((text.charAt(o - 1) == '\r' && text.charAt(o) == '\n')
            || (Character.isHighSurrogate(text.charAt(o - 1))
                && Character.isLowSurrogate(text.charAt(o))))) {
      o--;
    }
    return o;
  }

  private static DflsServer server() {
    DflsServer s = new DflsServer();
    InitializeParams p = new InitializeParams();
    ClientCapabilities caps = new ClientCapabilities();
    TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
    td.setDiagnostic(new DiagnosticCapabilities()); // pull: the property asks for them itself
    caps.setTextDocument(td);
    p.setCapabilities(caps);
    s.initialize(p).join();
    return s;
  }

  private static List<String> corpus() {
    String root = System.getProperty("dfkit.repo.root");
    Path dir = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
    Path shared = dir.resolve("../shared/conformance").normalize();
    try (Stream<Path> files = Files.walk(shared)) {
      List<String> texts =
          files
              .filter(f -> f.getFileName().toString().startsWith("Dockerfile"))
              .filter(f -> f.toFile().length() < 8_000)
              .sorted()
              .map(EditSequenceProperties::read)
              .toList();
      assertThat(texts).as("conformance Dockerfiles under " + shared).hasSizeGreaterThan(10);
      return texts;
    } catch (IOException e) {
      throw new AssertionError("cannot read " + shared, e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      try {
        return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (IOException again) {
        throw new AssertionError(again);
      }
    }
  }
}
