package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion, hover, signature help and inlay hints through the real lsp4j adapter. */
class AssistProtocolTest {

  static final String URI = "untitled:Dockerfile";
  static final String TEXT = "ARG TAG=3.20\nFROM alpine:${TAG} AS build\nCOPY --\n";

  private DflsServer server;
  private LanguageServer remote;
  private PipedOutputStream toServer;

  /** A client that takes whatever the server sends and answers nothing. */
  static final class QuietClient implements LanguageClient {
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

  @BeforeEach
  void start() throws IOException {
    server = new DflsServer();
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    toServer = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream toClient = new PipedOutputStream(clientIn);
    Launcher<LanguageClient> s = DflsLauncher.create(server, serverIn, toClient);
    server.connect(s.getRemoteProxy());
    s.startListening();
    Launcher<LanguageServer> c =
        LSPLauncher.createClientLauncher(new QuietClient(), clientIn, toServer);
    c.startListening();
    remote = c.getRemoteProxy();
  }

  @AfterEach
  void stop() throws IOException {
    toServer.close();
  }

  private InitializeResult initialize(boolean snippets) throws Exception {
    return initialize(snippets, null);
  }

  private InitializeResult initialize(boolean snippets, String client) throws Exception {
    CompletionItemCapabilities item = new CompletionItemCapabilities(snippets);
    TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
    td.setCompletion(new CompletionCapabilities(item));
    ClientCapabilities caps = new ClientCapabilities();
    caps.setTextDocument(td);
    InitializeParams params = new InitializeParams();
    params.setCapabilities(caps);
    if (client != null) {
      params.setClientInfo(new ClientInfo(client));
    }
    InitializeResult result = remote.initialize(params).get(10, TimeUnit.SECONDS);
    remote.initialized(new InitializedParams());
    remote
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "dockerfile", 1, TEXT)));
    return result;
  }

  @Test
  void capabilitiesAnnounceTheAssistFeatures() throws Exception {
    var caps = initialize(true).getCapabilities();
    assertThat(caps.getCompletionProvider().getTriggerCharacters())
        .contains(" ", "-", "=", "$", "{", "/", ":");
    assertThat(caps.getHoverProvider().getLeft()).isTrue();
    assertThat(caps.getSignatureHelpProvider().getTriggerCharacters()).containsExactly(" ");
    assertThat(caps.getInlayHintProvider().getLeft()).isTrue();
  }

  @Test
  void requestsAreAnsweredThroughTheAdapter() throws Exception {
    initialize(false);
    var docs = remote.getTextDocumentService();
    TextDocumentIdentifier id = new TextDocumentIdentifier(URI);

    List<CompletionItem> flags =
        docs.completion(new CompletionParams(id, new Position(2, 7)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    assertThat(flags.stream().map(CompletionItem::getLabel))
        .containsExactly("--from", "--chown", "--chmod", "--link", "--parents", "--exclude");
    assertThat(flags).allMatch(i -> i.getCommand() == null);
    List<CompletionItem> keywords =
        docs.completion(new CompletionParams(id, new Position(3, 0)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    assertThat(keywords)
        .isNotEmpty()
        .allMatch(i -> i.getInsertTextFormat() == InsertTextFormat.PlainText);

    var hover = docs.hover(new HoverParams(id, new Position(1, 16))).get(10, TimeUnit.SECONDS);
    assertThat(hover.getContents().getRight().getValue()).contains("Value: `3.20`");
    assertThat(docs.hover(new HoverParams(id, new Position(3, 0))).get(10, TimeUnit.SECONDS))
        .isNull();

    SignatureHelp help =
        docs.signatureHelp(new SignatureHelpParams(id, new Position(1, 5)))
            .get(10, TimeUnit.SECONDS);
    assertThat(help.getSignatures().get(0).getLabel()).startsWith("FROM [--platform=");

    List<InlayHint> hints =
        docs.inlayHint(new InlayHintParams(id, new Range(new Position(0, 0), new Position(3, 0))))
            .get(10, TimeUnit.SECONDS);
    assertThat(hints).hasSize(1);
    assertThat(hints.get(0).getLabel().getLeft()).isEqualTo("= 3.20");
    assertThat(server.failures()).isZero();
  }

  @Test
  void copySourcesComeFromTheContextTheConfigurationNames(@TempDir Path project) throws Exception {
    Path dockerfile = project.resolve("docker/Dockerfile");
    Files.createDirectories(dockerfile.getParent());
    Files.writeString(project.resolve("docker/.dflint.yaml"), "context: ..\n");
    Files.writeString(project.resolve("app.txt"), "a\n");
    Files.writeString(dockerfile.getParent().resolve("only-here.txt"), "b\n");
    String text = "FROM alpine\nCOPY \n";
    Files.writeString(dockerfile, text);
    initialize(false);
    String uri = dockerfile.toUri().toString();
    remote
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, text)));
    List<CompletionItem> sources =
        remote
            .getTextDocumentService()
            .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(1, 5)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    assertThat(sources.stream().map(CompletionItem::getLabel))
        .contains("app.txt", "docker/")
        .doesNotContain("only-here.txt");
  }

  @Test
  void snippetsAndRetriggeringWhenTheClientSupportsThem() throws Exception {
    initialize(true, "Visual Studio Code");
    List<CompletionItem> keywords =
        remote
            .getTextDocumentService()
            .completion(new CompletionParams(new TextDocumentIdentifier(URI), new Position(3, 0)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    assertThat(keywords).anyMatch(i -> i.getInsertTextFormat() == InsertTextFormat.Snippet);
    List<CompletionItem> flags =
        remote
            .getTextDocumentService()
            .completion(new CompletionParams(new TextDocumentIdentifier(URI), new Position(2, 7)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    assertThat(flags.get(0).getCommand().getCommand()).isEqualTo("editor.action.triggerSuggest");
  }
}
