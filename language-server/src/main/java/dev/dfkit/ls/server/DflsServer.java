package dev.dfkit.ls.server;

import dev.dfkit.cli.Version;
import dev.dfkit.lint.Linter;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Documents;
import dev.dfkit.ls.services.CodeActionService;
import dev.dfkit.ls.services.CompletionService;
import dev.dfkit.ls.services.CompletionSettings;
import dev.dfkit.ls.services.DefinitionService;
import dev.dfkit.ls.services.DiagnosticsService;
import dev.dfkit.ls.services.DiagnosticsSettings;
import dev.dfkit.ls.services.DocumentLinkService;
import dev.dfkit.ls.services.DocumentSymbolService;
import dev.dfkit.ls.services.FoldingRangeService;
import dev.dfkit.ls.services.FormattingService;
import dev.dfkit.ls.services.HighlightService;
import dev.dfkit.ls.services.HoverService;
import dev.dfkit.ls.services.InlayHintService;
import dev.dfkit.ls.services.ReferencesService;
import dev.dfkit.ls.services.RenameService;
import dev.dfkit.ls.services.SelectionRangeService;
import dev.dfkit.ls.services.SemanticTokensService;
import dev.dfkit.ls.services.SignatureHelpService;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.DocumentOnTypeFormattingOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * dfls over lsp4j: the open documents, the services, the client's settings and capabilities, and
 * the threads requests run on. Requests never run on lsp4j's reader thread: the document version a
 * request sees is taken there (so it is ordered with the changes before it), the work happens on a
 * worker. Diagnostics are pushed after typing pauses, or pulled when the client asks for them.
 */
public final class DflsServer implements LanguageServer, LanguageClientAware {

  private static final System.Logger LOG = System.getLogger("dfls");

  /** The debouncer's key for changes outside the documents (no document URI looks like it). */
  private static final String CONTEXT_KEY = "\0context";

  private static final long CONTEXT_DEBOUNCE_MILLIS = 200;

  final Documents documents = new Documents();
  final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final java.util.concurrent.ScheduledThreadPoolExecutor shellChecks;

  /**
   * Each document's waiting ShellCheck phase: a newer one replaces it, so a burst of edits holds
   * one document version there, not one per keystroke (each held a parsed, linted version for the
   * pause, long enough to survive young collections and fill the old generation).
   */
  private final java.util.Map<String, java.util.concurrent.ScheduledFuture<?>> shellChecksWaiting =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * ShellCheck waits for typing to pause this long: it costs a process and tens of milliseconds of
   * CPU per changed script, which would otherwise compete with the next keystroke's lint.
   */
  static final long SHELLCHECK_PAUSE_MILLIS = 300;

  final DiagnosticsDebouncer debouncer;
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Runs a document's lint rules beside the worker that lints it (one per other core). */
  private final ExecutorService lintHelpers =
      Executors.newFixedThreadPool(Math.max(1, CORES - 1), daemons("dfls-lint"));

  final DiagnosticsService diagnostics =
      new DiagnosticsService(Linter.standard(), lintHelpers, CORES);

  final FormattingService formatting = new FormattingService();
  final CodeActionService codeActions = new CodeActionService(diagnostics);
  final CompletionService completion = new CompletionService();
  // Hover shows the findings the diagnostics computed for this version (linted once, with the
  // user's configuration; ShellCheck's once its phase ran).
  final HoverService hover =
      new HoverService(doc -> diagnostics.findings(doc, diagnosticsSettings(), () -> {}));
  final SignatureHelpService signatureHelp = new SignatureHelpService();
  final InlayHintService inlayHints = new InlayHintService();
  final DefinitionService definition = new DefinitionService();
  final ReferencesService references = new ReferencesService();
  final HighlightService highlights = new HighlightService();
  final RenameService rename = new RenameService();
  final DocumentSymbolService documentSymbols = new DocumentSymbolService();
  final FoldingRangeService folding = new FoldingRangeService();
  final SelectionRangeService selection = new SelectionRangeService();
  final SemanticTokensService semanticTokens = new SemanticTokensService();
  final DocumentLinkService links = new DocumentLinkService();

  private final DflsTextDocumentService textDocuments = new DflsTextDocumentService(this);
  private final DflsWorkspaceService workspace = new DflsWorkspaceService(this);
  private final IntConsumer exit;
  private final Set<String> ruleIds = new HashSet<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger failures = new AtomicInteger();

  /** For each open Dockerfile, the other files (its .dockerignore) it published findings in. */
  private final java.util.Map<String, Set<String>> otherFilesPublished =
      new java.util.concurrent.ConcurrentHashMap<>();

  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile Settings settings = Settings.DEFAULT;
  private volatile Optional<Path> workspaceRoot = Optional.empty();
  private volatile boolean shutdown;
  private volatile boolean retriggers;

  /** A server whose {@code exit} notification does nothing (tests, embedding). */
  public DflsServer() {
    this(code -> {});
  }

  /**
   * @param exit called with the exit code on LSP's {@code exit}: 0 after {@code shutdown}, else 1
   */
  public DflsServer(IntConsumer exit) {
    this.exit = exit;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.workers = Executors.newFixedThreadPool(threads, daemons("dfls-worker"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemons("dfls-debounce"));
    this.shellChecks =
        new java.util.concurrent.ScheduledThreadPoolExecutor(1, daemons("dfls-shellcheck"));
    shellChecks.setRemoveOnCancelPolicy(true); // a replaced phase lets go of its document at once
    this.debouncer = new DiagnosticsDebouncer(timer, workers);
    ruleIds.addAll(diagnostics.ruleIds());
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
    }
    workspaceRoot = root(params);
    // VS Code (and editors built on it) run editor.action.triggerSuggest themselves; others would
    // send it back to us as a command we do not have.
    String clientName =
        params.getClientInfo() == null || params.getClientInfo().getName() == null
            ? ""
            : params.getClientInfo().getName().toLowerCase(java.util.Locale.ROOT);
    retriggers =
        clientName.contains("visual studio code")
            || clientName.contains("vscode")
            || clientName.contains("vscodium")
            || clientName.contains("cursor");
    if (params.getInitializationOptions() != null) {
      updateSettings(params.getInitializationOptions());
    }
    ServerCapabilities c = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    c.setTextDocumentSync(sync);
    c.setDocumentFormattingProvider(true);
    c.setDocumentRangeFormattingProvider(true);
    c.setDocumentOnTypeFormattingProvider(new DocumentOnTypeFormattingOptions("\n"));
    c.setCodeActionProvider(
        new CodeActionOptions(
            List.of(
                CodeActionKind.QuickFix,
                CodeActionKind.RefactorRewrite,
                CodeActionKind.SourceFixAll)));
    CompletionOptions completionOptions =
        new CompletionOptions(false, CompletionService.TRIGGER_CHARACTERS);
    c.setCompletionProvider(completionOptions);
    c.setHoverProvider(true);
    c.setSignatureHelpProvider(new SignatureHelpOptions(SignatureHelpService.TRIGGER_CHARACTERS));
    c.setInlayHintProvider(true);
    navigationCapabilities(c);
    if (pullDiagnostics()) {
      DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, false);
      pull.setIdentifier("dflint");
      c.setDiagnosticProvider(pull);
    }
    return CompletableFuture.completedFuture(
        new InitializeResult(c, new ServerInfo("dfls", Version.current())));
  }

  /** Navigation and structure: definition to document links. */
  private void navigationCapabilities(ServerCapabilities c) {
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setDocumentHighlightProvider(true);
    c.setRenameProvider(
        prepareRenameSupport() ? Either.forRight(new RenameOptions(true)) : Either.forLeft(true));
    c.setDocumentSymbolProvider(true);
    c.setFoldingRangeProvider(true);
    c.setSelectionRangeProvider(true);
    SemanticTokensWithRegistrationOptions tokens =
        new SemanticTokensWithRegistrationOptions(
            SemanticTokensService.LEGEND, new SemanticTokensServerFull(true), true);
    c.setSemanticTokensProvider(tokens);
    c.setDocumentLinkProvider(new DocumentLinkOptions(false));
  }

  /** Whether the client asks prepareRename before renaming (only then may we offer it). */
  boolean prepareRenameSupport() {
    var td = capabilities.getTextDocument();
    return td != null
        && td.getRename() != null
        && Boolean.TRUE.equals(td.getRename().getPrepareSupport());
  }

  /** Whether the client shows nested document symbols (else they are sent flat). */
  boolean hierarchicalSymbols() {
    var td = capabilities.getTextDocument();
    return td != null
        && td.getDocumentSymbol() != null
        && Boolean.TRUE.equals(td.getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
  }

  @Override
  public void initialized(InitializedParams params) {
    LanguageClient c = client;
    if (c == null) {
      return;
    }
    var ws = capabilities.getWorkspace();
    if (ws != null
        && ws.getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration())) {
      // Any file may be a COPY source or an ignore file of some open Dockerfile's context.
      var options =
          new DidChangeWatchedFilesRegistrationOptions(
              List.of(new FileSystemWatcher(Either.forLeft("**/*"))));
      c.registerCapability(
              new RegistrationParams(
                  List.of(
                      new Registration(
                          "dfls-watched-files", "workspace/didChangeWatchedFiles", options))))
          // From now on a changed file is reported, so build contexts are reused until one is.
          .thenRun(() -> workspaceRoot.ifPresent(diagnostics.contexts()::watched))
          .exceptionally(
              e -> {
                LOG.log(System.Logger.Level.WARNING, "client refused file watching: " + e);
                return null;
              });
    }
    fetchConfiguration();
    workers.execute(this::warmUp);
  }

  /**
   * Lints and formats a small file once, in the background, so the first real request does not pay
   * for loading and compiling the linter and formatter (seconds on a cold JVM).
   */
  private void warmUp() {
    try {
      DockerfileDocument sample =
          new DockerfileDocument(
              "untitled:dfls-warm-up",
              0,
              "FROM alpine:3.20 as Build\nrun apk add curl && echo hi\nCOPY . /src\nCMD echo\n");
      diagnostics.diagnostics(sample, DiagnosticsSettings.DEFAULT, () -> {});
      formatting.format(
          sample,
          new org.eclipse.lsp4j.FormattingOptions(4, true),
          dev.dfkit.format.config.OptionOverrides.NONE,
          () -> {});
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "warm-up failed: " + e);
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    workers.shutdownNow();
    timer.shutdownNow();
    shellChecks.shutdownNow();
    lintHelpers.shutdownNow();
    exit.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  // ---- settings -------------------------------------------------------------------------------

  /** Asks the client for the {@code dfls} section, when it can answer. */
  void fetchConfiguration() {
    LanguageClient c = client;
    var ws = capabilities.getWorkspace();
    if (c == null || ws == null || !Boolean.TRUE.equals(ws.getConfiguration())) {
      return;
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection("dfls");
    c.configuration(new ConfigurationParams(List.of(item)))
        .thenAccept(
            values -> {
              if (values != null && !values.isEmpty() && values.get(0) != null) {
                updateSettings(values.get(0));
              }
            })
        .exceptionally(
            e -> {
              LOG.log(System.Logger.Level.WARNING, "workspace/configuration failed: " + e);
              return null;
            });
  }

  /** New settings from the client; every open document is linted again. */
  void updateSettings(Object json) {
    Settings s =
        Settings.from(json, ruleIds, w -> LOG.log(System.Logger.Level.WARNING, "settings: " + w));
    if (!s.equals(settings)) {
      settings = s;
      contextChanged();
    }
  }

  ClientCapabilities capabilities() {
    return capabilities;
  }

  Settings settings() {
    return settings;
  }

  /** Snippets when the client takes them; COPY sources from the configured context. */
  CompletionSettings completionSettings() {
    var td = capabilities.getTextDocument();
    boolean snippets =
        td != null
            && td.getCompletion() != null
            && td.getCompletion().getCompletionItem() != null
            && Boolean.TRUE.equals(td.getCompletion().getCompletionItem().getSnippetSupport());
    return new CompletionSettings(snippets, diagnosticsSettings().contextDir(), retriggers);
  }

  DiagnosticsSettings diagnosticsSettings() {
    Settings s = settings;
    Optional<Path> context =
        s.context()
            .flatMap(
                c -> {
                  try {
                    Path p = Path.of(c);
                    return Optional.of(
                        p.isAbsolute() ? p : workspaceRoot.map(r -> r.resolve(p)).orElse(p));
                  } catch (IllegalArgumentException e) {
                    LOG.log(System.Logger.Level.WARNING, "settings: bad context path " + c);
                    return Optional.empty();
                  }
                });
    return new DiagnosticsSettings(s.rules(), context, generation.get());
  }

  /** True when the client takes workspace edits as versioned {@code documentChanges}. */
  boolean documentChanges() {
    var ws = capabilities.getWorkspace();
    return ws != null
        && ws.getWorkspaceEdit() != null
        && Boolean.TRUE.equals(ws.getWorkspaceEdit().getDocumentChanges());
  }

  // ---- diagnostics ----------------------------------------------------------------------------

  /**
   * True when the client pulls diagnostics ({@code textDocument/diagnostic}); then none is pushed.
   */
  boolean pullDiagnostics() {
    var td = capabilities.getTextDocument();
    return td != null && td.getDiagnostic() != null;
  }

  /** Lints the document once typing pauses and publishes, unless the client pulls. */
  void lintLater(DockerfileDocument doc) {
    if (pullDiagnostics()) {
      return;
    }
    String uri = doc.uri();
    int version = doc.version();
    debouncer.schedule(uri, settings.debounceMillis(), latest -> publish(uri, version, latest));
  }

  private void publish(String uri, int version, java.util.function.BooleanSupplier latest) {
    LanguageClient c = client;
    Optional<DockerfileDocument> doc = documents.get(uri);
    if (c == null || doc.isEmpty() || doc.get().version() != version) {
      return;
    }
    CancelChecker stale =
        () -> {
          if (!latest.getAsBoolean()
              || documents.get(uri).map(d -> d.version() != version).orElse(true)) {
            throw new java.util.concurrent.CancellationException("document changed");
          }
        };
    try {
      DiagnosticsSettings settings = diagnosticsSettings();
      var list = diagnostics.diagnostics(doc.get(), settings, stale);
      var others = diagnostics.otherFiles(doc.get(), settings, stale);
      stale.checkCanceled();
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, list, version));
      Set<String> before = otherFilesPublished.put(uri, Set.copyOf(others.keySet()));
      if (before != null) {
        for (String gone : before) {
          if (!others.containsKey(gone)) {
            c.publishDiagnostics(new PublishDiagnosticsParams(gone, List.of()));
          }
        }
      }
      others.forEach(
          (file, found) -> c.publishDiagnostics(new PublishDiagnosticsParams(file, found)));
      if (diagnostics.shellCheckPending(doc.get(), settings)) {
        shellCheckLater(
            doc.get(),
            settings,
            () -> {
              if (diagnostics.shellCheckAddsNothing(doc.get(), settings)) {
                return; // what was published is already complete
              }
              var all = diagnostics.diagnostics(doc.get(), settings, () -> {});
              if (current(uri, version, settings)) {
                c.publishDiagnostics(new PublishDiagnosticsParams(uri, all, version));
              }
            });
      }
    } catch (java.util.concurrent.CancellationException e) {
      // a newer version is on its way
    } catch (RuntimeException e) {
      failed("diagnostics of " + uri, e);
    }
  }

  /**
   * ShellCheck's phase, once typing has paused, one document at a time on its own thread so the
   * other requests never wait behind it; skipped when the document has moved on by the time its
   * turn comes.
   */
  void shellCheckLater(DockerfileDocument doc, DiagnosticsSettings settings, Runnable then) {
    String uri = doc.uri();
    int version = doc.version();
    java.util.concurrent.ScheduledFuture<?>[] self = new java.util.concurrent.ScheduledFuture<?>[1];
    Runnable phase =
        () -> {
          synchronized (shellChecksWaiting) {
            shellChecksWaiting.remove(uri, self[0]);
          }
          CancelChecker stale =
              () -> {
                if (!current(uri, version, settings)) {
                  throw new java.util.concurrent.CancellationException("document changed");
                }
              };
          try {
            stale.checkCanceled();
            diagnostics.shellCheck(doc, settings, stale);
            then.run();
          } catch (java.util.concurrent.CancellationException e) {
            // a newer version or newer settings: their own run follows
          } catch (RuntimeException e) {
            failed("ShellCheck on " + uri, e);
          }
        };
    synchronized (shellChecksWaiting) {
      var replaced = shellChecksWaiting.get(uri);
      if (replaced != null) {
        replaced.cancel(false); // a running one finishes; it notices it is stale
      }
      self[0] = shellChecks.schedule(phase, SHELLCHECK_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
      shellChecksWaiting.put(uri, self[0]);
    }
  }

  /** How many ShellCheck phases wait for typing to pause (tests: at most one per document). */
  int shellChecksWaiting() {
    return shellChecks.getQueue().size();
  }

  private boolean current(String uri, int version, DiagnosticsSettings settings) {
    return documents.get(uri).map(d -> d.version() == version).orElse(false)
        && settings.generation() == generation.get();
  }

  /** True when a pulling client reads other files' findings from a report's related documents. */
  boolean relatedDocuments() {
    var td = capabilities.getTextDocument();
    return td != null
        && td.getDiagnostic() != null
        && Boolean.TRUE.equals(td.getDiagnostic().getRelatedDocumentSupport());
  }

  /**
   * Remembers the other files (its .dockerignore) whose findings were just reported for {@code
   * uri}, and returns those reported before that are not among them now (to be cleared).
   */
  Set<String> otherFilesReported(String uri, Set<String> now) {
    Set<String> before = otherFilesPublished.put(uri, Set.copyOf(now));
    Set<String> gone = new HashSet<>(before == null ? Set.of() : before);
    gone.removeAll(now);
    return gone;
  }

  /** Asks a pulling client to pull again (after ShellCheck's phase, or a context change). */
  void refreshPulled() {
    LanguageClient c = client;
    var ws = capabilities.getWorkspace();
    if (c != null
        && pullDiagnostics()
        && ws != null
        && ws.getDiagnostics() != null
        && Boolean.TRUE.equals(ws.getDiagnostics().getRefreshSupport())) {
      c.refreshDiagnostics();
    }
  }

  /** Clears a closed document's diagnostics. */
  void closed(String uri) {
    debouncer.cancel(uri);
    var waiting = shellChecksWaiting.remove(uri);
    if (waiting != null) {
      waiting.cancel(false);
    }
    semanticTokens.forget(uri);
    LanguageClient c = client;
    if (c != null && !pullDiagnostics()) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
      Set<String> others = otherFilesPublished.remove(uri);
      if (others != null) {
        for (String other : others) {
          c.publishDiagnostics(new PublishDiagnosticsParams(other, List.of()));
        }
      }
    }
  }

  /**
   * Files outside the open documents changed (a build context, its .dockerignore, a configuration
   * file) or the settings did: results computed before are stale.
   */
  void contextChanged() {
    // A burst of file events (a checkout, a package install) makes one re-lint, not hundreds.
    debouncer.schedule(CONTEXT_KEY, CONTEXT_DEBOUNCE_MILLIS, latest -> relintAll());
  }

  private void relintAll() {
    generation.incrementAndGet();
    for (DockerfileDocument d : documents.all()) {
      lintLater(d);
    }
    refreshPulled();
  }

  long generation() {
    return generation.get();
  }

  /** A service failed on some input: logged, answered with an empty result, counted. */
  void failed(String what, Throwable e) {
    failures.incrementAndGet();
    LOG.log(System.Logger.Level.ERROR, what + " failed", e);
  }

  /** How many requests failed inside a service since start (tests check it stays 0). */
  public int failures() {
    return failures.get();
  }

  private static Optional<Path> root(InitializeParams params) {
    try {
      List<WorkspaceFolder> folders = params.getWorkspaceFolders();
      if (folders != null && !folders.isEmpty()) {
        return fileUri(folders.get(0).getUri());
      }
      @SuppressWarnings("deprecation")
      String rootUri = params.getRootUri();
      if (rootUri != null) {
        return fileUri(rootUri);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "bad workspace folder: " + e);
    }
    return Optional.empty();
  }

  private static Optional<Path> fileUri(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
