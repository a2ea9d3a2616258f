package dev.dfkit.ls.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server and a recording client, connected by lsp4j launchers over in-process pipes (the
 * bytes on the wire are real LSP; no socket).
 */
final class ProtocolHarness implements AutoCloseable {

  /** A client that records what the server sends it and answers configuration requests. */
  static final class RecordingClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<ConfigurationParams> configurationRequests = new CopyOnWriteArrayList<>();
    volatile Object configuration;
    volatile int refreshes;

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
      registrations.add(params);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
      configurationRequests.add(params);
      List<Object> out = new ArrayList<>();
      out.add(configuration);
      return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
      refreshes++;
      return CompletableFuture.completedFuture(null);
    }

    /** The next diagnostics published for {@code uri} (others are dropped). */
    PublishDiagnosticsParams next(String uri) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < deadline) {
        PublishDiagnosticsParams p = diagnostics.poll(100, TimeUnit.MILLISECONDS);
        if (p != null && p.getUri().equals(uri)) {
          return p;
        }
      }
      throw new AssertionError("no diagnostics for " + uri);
    }
  }

  final DflsServer server = new DflsServer();
  final RecordingClient client = new RecordingClient();
  final LanguageServer remote;
  private final PipedInputStream serverIn = new PipedInputStream(1 << 16);
  private final PipedOutputStream clientOut = new PipedOutputStream();
  private final PipedInputStream clientIn = new PipedInputStream(1 << 16);
  private final PipedOutputStream serverOut = new PipedOutputStream();

  ProtocolHarness() throws IOException {
    serverIn.connect(clientOut);
    clientIn.connect(serverOut);
    Launcher<LanguageClient> serverSide = DflsLauncher.create(server, serverIn, serverOut);
    server.connect(serverSide.getRemoteProxy());
    serverSide.startListening();
    Launcher<LanguageServer> clientSide =
        LSPLauncher.createClientLauncher(client, clientIn, clientOut);
    remote = clientSide.getRemoteProxy();
    clientSide.startListening();
  }

  InitializeResult initialize(ClientCapabilities capabilities) throws Exception {
    return initialize(capabilities, null);
  }

  /** Initializes with {@code options} as the initialization options (dfls settings). */
  InitializeResult initialize(ClientCapabilities capabilities, Object options) throws Exception {
    InitializeParams p = new InitializeParams();
    p.setCapabilities(capabilities);
    p.setInitializationOptions(options);
    InitializeResult r = remote.initialize(p).get(20, TimeUnit.SECONDS);
    remote.initialized(new InitializedParams());
    return r;
  }

  void open(String uri, String text) {
    remote
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, text)));
  }

  /** Replaces {@code [l1:c1, l2:c2)} with {@code text} as version {@code version}. */
  void change(String uri, int version, int l1, int c1, int l2, int c2, String text) {
    remote
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(
                    new TextDocumentContentChangeEvent(
                        new Range(new Position(l1, c1), new Position(l2, c2)), text))));
  }

  @Override
  public void close() throws Exception {
    remote.shutdown().get(20, TimeUnit.SECONDS);
    remote.exit();
    clientOut.close();
    serverOut.close();
  }
}
