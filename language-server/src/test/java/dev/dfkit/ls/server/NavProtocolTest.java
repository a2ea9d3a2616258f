package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.services.SemanticTokensService;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Navigation and structure requests through the real adapter, over JSON-RPC streams. */
class NavProtocolTest {

  private static final String URI = "file:///nowhere/Dockerfile";
  private static final String TEXT =
      "# tools\n# more\n"
          + "ARG V=1\n"
          + "FROM alpine:$V AS build\n"
          + "ARG V\n"
          + "RUN echo $V \\\n  && true\n"
          + "FROM build\n"
          + "COPY --from=build /a /b\n";

  private DflsServer server;
  private LanguageServer remote;
  private Runnable stopListening;

  @BeforeEach
  void start() throws IOException {
    server = new DflsServer();
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    Launcher<LanguageClient> s = DflsLauncher.create(server, serverIn, serverOut);
    server.connect(s.getRemoteProxy());
    Launcher<LanguageServer> c =
        LSPLauncher.createClientLauncher(new QuietClient(), clientIn, clientOut);
    var a = s.startListening();
    var b = c.startListening();
    stopListening =
        () -> {
          a.cancel(true);
          b.cancel(true);
        };
    remote = c.getRemoteProxy();
  }

  @AfterEach
  void stop() {
    stopListening.run();
    server.exit();
  }

  private InitializeResult initialize() throws Exception {
    TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
    RenameCapabilities rename = new RenameCapabilities();
    rename.setPrepareSupport(true);
    td.setRename(rename);
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    td.setDocumentSymbol(symbols);
    ClientCapabilities caps = new ClientCapabilities();
    caps.setTextDocument(td);
    InitializeParams p = new InitializeParams();
    p.setCapabilities(caps);
    InitializeResult r = get(remote.initialize(p));
    remote.initialized(new InitializedParams());
    remote
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "dockerfile", 1, TEXT)));
    return r;
  }

  @Test
  void capabilitiesAdvertiseEveryNavigationFeature() throws Exception {
    var c = initialize().getCapabilities();
    assertThat(c.getDefinitionProvider().getLeft()).isTrue();
    assertThat(c.getReferencesProvider().getLeft()).isTrue();
    assertThat(c.getDocumentHighlightProvider().getLeft()).isTrue();
    assertThat(c.getRenameProvider().getRight().getPrepareProvider()).isTrue();
    assertThat(c.getDocumentSymbolProvider().getLeft()).isTrue();
    assertThat(c.getFoldingRangeProvider().getLeft()).isTrue();
    assertThat(c.getSelectionRangeProvider().getLeft()).isTrue();
    assertThat(c.getSemanticTokensProvider().getLegend().getTokenTypes())
        .contains("keyword", "variable", "class", "string", "comment");
    assertThat(c.getSemanticTokensProvider().getFull().getRight().getDelta()).isTrue();
    assertThat(c.getSemanticTokensProvider().getRange().getLeft()).isTrue();
    assertThat(c.getDocumentLinkProvider()).isNotNull();
  }

  @Test
  void navigationRequests() throws Exception {
    initialize();
    var docs = remote.getTextDocumentService();
    TextDocumentIdentifier id = new TextDocumentIdentifier(URI);
    Position useOfV = new Position(5, 10); // RUN echo $V
    List<? extends Location> def = get(docs.definition(new DefinitionParams(id, useOfV))).getLeft();
    assertThat(def).extracting(Location::getRange).containsExactly(range(4, 4, 4, 5));

    List<? extends Location> refs =
        get(docs.references(new ReferenceParams(id, useOfV, new ReferenceContext(true))));
    assertThat(refs).hasSize(4); // global def, FROM use, stage redeclaration, RUN use

    List<? extends DocumentHighlight> hl =
        get(docs.documentHighlight(new DocumentHighlightParams(id, new Position(3, 20))));
    assertThat(hl)
        .extracting(DocumentHighlight::getKind)
        .containsExactly(
            DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read);

    var prepared = get(docs.prepareRename(new PrepareRenameParams(id, new Position(3, 20))));
    assertThat(prepared.getSecond().getPlaceholder()).isEqualTo("build");

    WorkspaceEdit edit = get(docs.rename(new RenameParams(id, new Position(3, 20), "compile")));
    assertThat(edit.getChanges().get(URI)).extracting(TextEdit::getNewText).containsOnly("compile");
    assertThat(edit.getChanges().get(URI)).hasSize(3);

    assertThatThrownBy(() -> get(docs.rename(new RenameParams(id, new Position(3, 20), "scratch"))))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ResponseErrorException.class,
            e -> {
              assertThat(e.getResponseError().getCode())
                  .isEqualTo(ResponseErrorCode.InvalidParams.getValue());
              assertThat(e.getResponseError().getMessage()).contains("reserved");
            });
    assertThat(server.failures()).isZero();
  }

  @Test
  void structureRequests() throws Exception {
    initialize();
    var docs = remote.getTextDocumentService();
    TextDocumentIdentifier id = new TextDocumentIdentifier(URI);

    var symbols = get(docs.documentSymbol(new DocumentSymbolParams(id)));
    assertThat(symbols).allMatch(e -> e.isRight());
    assertThat(symbols)
        .extracting(e -> e.getRight().getName())
        .containsExactly("V", "build", "stage 1");
    assertThat(symbols.get(1).getRight().getChildren()).hasSize(2);

    var folds = get(docs.foldingRange(new FoldingRangeRequestParams(id)));
    assertThat(folds)
        .extracting(f -> f.getStartLine() + "-" + f.getEndLine())
        .contains("0-1", "3-6", "5-6", "7-8");

    var selection =
        get(docs.selectionRange(new SelectionRangeParams(id, List.of(new Position(5, 10)))));
    assertThat(selection.get(0).getRange()).isEqualTo(range(5, 10, 5, 11));

    SemanticTokens full = get(docs.semanticTokensFull(new SemanticTokensParams(id)));
    assertThat(full.getData()).isNotEmpty();
    assertThat(full.getResultId()).isNotNull();
    var delta =
        get(docs.semanticTokensFullDelta(new SemanticTokensDeltaParams(id, full.getResultId())));
    assertThat(delta.isRight()).isTrue();
    assertThat(delta.getRight().getEdits()).isEmpty(); // same version: nothing changed
    SemanticTokens range =
        get(docs.semanticTokensRange(new SemanticTokensRangeParams(id, range(3, 0, 3, 100))));
    assertThat(range.getData()).hasSizeLessThan(full.getData().size());
    assertThat(range.getData())
        .containsExactlyElementsOf(
            new SemanticTokensService()
                .range(new DockerfileDocument(URI, 1, TEXT), range(3, 0, 3, 100), () -> {})
                .getData());

    var links = get(docs.documentLink(new DocumentLinkParams(id)));
    assertThat(links)
        .extracting(l -> l.getTarget())
        .containsExactly("https://hub.docker.com/_/alpine");
    assertThat(server.failures()).isZero();
  }

  @Test
  void semanticTokensCrossTheWireAsTheServiceComputedThem() throws Exception {
    initialize();
    var docs = remote.getTextDocumentService();
    TextDocumentIdentifier id = new TextDocumentIdentifier(URI);
    SemanticTokens full = get(docs.semanticTokensFull(new SemanticTokensParams(id)));
    SemanticTokensService local = new SemanticTokensService();
    assertThat(full.getData())
        .containsExactlyElementsOf(
            local.full(new DockerfileDocument(URI, 1, TEXT), () -> {}).getData());
    // the same version again: the cached answer, under a new result id
    SemanticTokens again = get(docs.semanticTokensFull(new SemanticTokensParams(id)));
    assertThat(again.getData()).containsExactlyElementsOf(full.getData());
    assertThat(again.getResultId()).isNotEqualTo(full.getResultId());

    String edited = TEXT.replace("ARG V\n", "ARG V\nENV W=\"$V\"\n");
    docs.didChange(
        new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(URI, 2),
            List.of(new TextDocumentContentChangeEvent(range(5, 0, 5, 0), "ENV W=\"$V\"\n"))));
    var delta =
        get(docs.semanticTokensFullDelta(new SemanticTokensDeltaParams(id, again.getResultId())));
    List<Integer> applied = new ArrayList<>(full.getData());
    for (SemanticTokensEdit e : delta.getRight().getEdits()) {
      List<Integer> window = applied.subList(e.getStart(), e.getStart() + e.getDeleteCount());
      window.clear();
      window.addAll(e.getData() == null ? List.of() : e.getData());
    }
    assertThat(applied)
        .containsExactlyElementsOf(
            local.full(new DockerfileDocument(URI, 2, edited), () -> {}).getData());
    assertThat(server.failures()).isZero();
  }

  private static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(10, TimeUnit.SECONDS);
  }

  /** A client that accepts everything and shows nothing. */
  private static final class QuietClient implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
