package dev.dfkit.ls.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.dfkit.ls.ServerAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolTest {

  private static final String URI = "untitled:Dockerfile";

  private static List<String> codes(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
  }

  @Test
  void initializeAdvertisesWhatIsWired() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      InitializeResult r = h.initialize(new ClientCapabilities());
      var c = r.getCapabilities();
      assertThat(c.getTextDocumentSync().getRight().getChange())
          .isEqualTo(TextDocumentSyncKind.Incremental);
      assertThat(c.getTextDocumentSync().getRight().getOpenClose()).isTrue();
      assertThat(c.getDocumentFormattingProvider().getLeft()).isTrue();
      assertThat(c.getDocumentRangeFormattingProvider().getLeft()).isTrue();
      assertThat(c.getDocumentOnTypeFormattingProvider().getFirstTriggerCharacter())
          .isEqualTo("\n");
      assertThat(c.getCodeActionProvider().getRight().getCodeActionKinds())
          .containsExactly(
              CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll);
      assertThat(c.getDiagnosticProvider()).as("the client cannot pull").isNull();
      assertThat(r.getServerInfo().getName()).isEqualTo("dfls");
    }
  }

  @Test
  void incrementalChangesArePublishedDebouncedForTheLatestVersionWithExactRanges()
      throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      // A long pause, so a loaded machine cannot make a pause between the three edits below.
      h.initialize(
          new ClientCapabilities(),
          JsonParser.parseString("{\"diagnostics\": {\"debounce\": 500}}"));
      assertThat(h.server.settings().debounceMillis()).isEqualTo(500);
      h.open(URI, "FROM alpine:3.19\n");
      PublishDiagnosticsParams first = h.client.next(URI);
      assertThat(first.getVersion()).isEqualTo(1);
      assertThat(first.getDiagnostics()).isEmpty();
      // Three quick edits type " AS Builder": only the last version is linted and published.
      h.change(URI, 2, 0, 16, 0, 16, " AS");
      h.change(URI, 3, 0, 19, 0, 19, " Build");
      h.change(URI, 4, 0, 25, 0, 25, "er");
      PublishDiagnosticsParams last = h.client.next(URI);
      assertThat(last.getVersion()).isEqualTo(4);
      Diagnostic d =
          last.getDiagnostics().stream()
              .filter(x -> x.getCode().getLeft().equals("StageNameCasing"))
              .findFirst()
              .orElseThrow();
      assertThat(d.getRange()).isEqualTo(new Range(new Position(0, 20), new Position(0, 27)));
      assertThat(h.client.diagnostics.poll(800, TimeUnit.MILLISECONDS))
          .as("nothing for the versions typed over")
          .isNull();
      h.remote
          .getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
      assertThat(h.client.next(URI).getDiagnostics()).as("closing clears").isEmpty();
      assertThat(h.server.failures()).isZero();
    }
  }

  @Test
  void formattingAndCodeActionsOverTheWire() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.initialize(new ClientCapabilities());
      String text = "from alpine:3.19 AS Builder\nrun echo hi\n";
      h.open(URI, text);
      List<? extends TextEdit> edits =
          h.remote
              .getTextDocumentService()
              .formatting(
                  new DocumentFormattingParams(
                      new TextDocumentIdentifier(URI), new FormattingOptions(4, true)))
              .get(20, TimeUnit.SECONDS);
      assertThat(ServerAssert.apply(text, edits))
          .isEqualTo("FROM alpine:3.19 AS Builder\nRUN echo hi\n");
      PublishDiagnosticsParams published = h.client.next(URI);
      Diagnostic casing =
          published.getDiagnostics().stream()
              .filter(x -> x.getCode().getLeft().equals("StageNameCasing"))
              .findFirst()
              .orElseThrow();
      List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions =
          h.remote
              .getTextDocumentService()
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(URI),
                      casing.getRange(),
                      new CodeActionContext(List.of(casing))))
              .get(20, TimeUnit.SECONDS);
      CodeAction fix =
          actions.stream()
              .map(Either::getRight)
              .filter(a -> a.getTitle().endsWith("(StageNameCasing)"))
              .findFirst()
              .orElseThrow();
      assertThat(fix.getDiagnostics()).containsExactly(casing);
      assertThat(fix.getEdit().getDocumentChanges()).as("the client did not ask for them").isNull();
      assertThat(ServerAssert.apply(text, fix.getEdit().getChanges().get(URI)))
          .isEqualTo("from alpine:3.19 AS builder\nrun echo hi\n");
    }
  }

  @Test
  void editsNameTheirDocumentVersionWhenTheClientTakesDocumentChanges() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = new ClientCapabilities();
      WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
      ws.setWorkspaceEdit(new org.eclipse.lsp4j.WorkspaceEditCapabilities());
      ws.getWorkspaceEdit().setDocumentChanges(true);
      caps.setWorkspace(ws);
      h.initialize(caps);
      h.open(URI, "FROM alpine:3.19 AS Builder\n");
      h.change(URI, 2, 1, 0, 1, 0, "COPY --from=Builder /a /b\n");
      String text = "FROM alpine:3.19 AS Builder\nCOPY --from=Builder /a /b\n";
      var docs = h.remote.getTextDocumentService();
      Range first = new Range(new Position(0, 20), new Position(0, 27));
      CodeAction fix =
          docs
              .codeAction(
                  new CodeActionParams(
                      new TextDocumentIdentifier(URI), first, new CodeActionContext(List.of())))
              .get(20, TimeUnit.SECONDS)
              .stream()
              .map(Either::getRight)
              .filter(a -> a.getTitle().endsWith("(StageNameCasing)"))
              .findFirst()
              .orElseThrow();
      assertThat(fix.getEdit().getChanges()).isNullOrEmpty();
      var change = fix.getEdit().getDocumentChanges();
      assertThat(change).hasSize(1);
      assertThat(change.get(0).getLeft().getTextDocument().getUri()).isEqualTo(URI);
      assertThat(change.get(0).getLeft().getTextDocument().getVersion()).isEqualTo(2);
      assertThat(ServerAssert.apply(text, change.get(0).getLeft().getEdits()))
          .isEqualTo("FROM alpine:3.19 AS builder\nCOPY --from=Builder /a /b\n");

      var renamed =
          docs.rename(
                  new org.eclipse.lsp4j.RenameParams(
                      new TextDocumentIdentifier(URI), new Position(0, 22), "base"))
              .get(20, TimeUnit.SECONDS)
              .getDocumentChanges();
      assertThat(renamed).hasSize(1);
      assertThat(renamed.get(0).getLeft().getTextDocument().getVersion()).isEqualTo(2);
      assertThat(ServerAssert.apply(text, renamed.get(0).getLeft().getEdits()))
          .isEqualTo("FROM alpine:3.19 AS base\nCOPY --from=base /a /b\n");
      assertThat(h.server.failures()).isZero();
    }
  }

  @Test
  void aClientThatPullsGetsReportsAndNoPushes() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = new ClientCapabilities();
      TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
      td.setDiagnostic(new DiagnosticCapabilities());
      caps.setTextDocument(td);
      InitializeResult r = h.initialize(caps);
      assertThat(r.getCapabilities().getDiagnosticProvider()).isNotNull();
      h.open(URI, "FROM alpine:3.19 AS Builder\n");
      DocumentDiagnosticReport report =
          h.remote
              .getTextDocumentService()
              .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(URI)))
              .get(20, TimeUnit.SECONDS);
      var full = report.getLeft();
      assertThat(full.getItems())
          .extracting(d -> d.getCode().getLeft())
          .contains("StageNameCasing");
      DocumentDiagnosticParams again =
          new DocumentDiagnosticParams(new TextDocumentIdentifier(URI));
      again.setPreviousResultId(full.getResultId());
      assertThat(
              h.remote
                  .getTextDocumentService()
                  .diagnostic(again)
                  .get(20, TimeUnit.SECONDS)
                  .getRight()
                  .getResultId())
          .isEqualTo(full.getResultId());
      assertThat(h.client.diagnostics.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void settingsComeFromWorkspaceConfigurationAndBadValuesAreIgnored() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.client.configuration =
          JsonParser.parseString(
              "{\"rules\": {\"StageNameCasing\": \"off\", \"NoSuchRule\": \"off\","
                  + " \"DL3009\": 42}, \"format\": {\"indent\": \"wide\"}, \"bogus\": 1}");
      ClientCapabilities caps = new ClientCapabilities();
      WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
      ws.setConfiguration(true);
      caps.setWorkspace(ws);
      h.initialize(caps);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (h.server.settings().rules().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(h.client.configurationRequests.get(0).getItems().get(0).getSection())
          .isEqualTo("dfls");
      h.open(URI, "FROM alpine:3.19 AS Builder\nRUN apt-get update\n");
      assertThat(codes(h.client.next(URI))).doesNotContain("StageNameCasing").contains("DL3009");
      // The notification makes the server ask again.
      h.client.configuration = JsonParser.parseString("{}");
      h.remote
          .getWorkspaceService()
          .didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString("{}")));
      assertThat(codes(h.client.next(URI))).contains("StageNameCasing");
      assertThat(h.server.failures()).isZero();
    }
  }

  /** A client that watches files for the server (workspace/didChangeWatchedFiles). */
  private static ClientCapabilities watchingFiles() {
    ClientCapabilities caps = new ClientCapabilities();
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    caps.setWorkspace(ws);
    return caps;
  }

  private static void fileEvent(ProtocolHarness h, Path file, FileChangeType type) {
    h.remote
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(List.of(new FileEvent(file.toUri().toString(), type))));
  }

  @Test
  void aChangedContextFileLintsOpenDocumentsAgain(@TempDir Path dir) throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = watchingFiles();
      h.initialize(caps);
      String uri = dir.resolve("Dockerfile").toUri().toString();
      Files.writeString(dir.resolve("main.txt"), ""); // the folder holds a source: the context
      h.open(uri, "FROM alpine:3.19\nCOPY main.txt /\nCOPY app.txt /app/\n");
      assertThat(codes(h.client.next(uri))).contains("CopySourceNotFound");
      Path app = Files.writeString(dir.resolve("app.txt"), "hi");
      fileEvent(h, app, FileChangeType.Created);
      assertThat(codes(h.client.next(uri))).doesNotContain("CopySourceNotFound");
      assertThat(h.client.registrations)
          .anySatisfy(
              r ->
                  assertThat(r.getRegistrations().get(0).getMethod())
                      .isEqualTo("workspace/didChangeWatchedFiles"));
    }
  }

  @Test
  void aWatchedWorkspaceReusesItsContextUntilAFileEvent(@TempDir Path dir) throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = watchingFiles();
      InitializeParams init = new InitializeParams();
      init.setCapabilities(caps);
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "w")));
      h.remote.initialize(init).get(20, TimeUnit.SECONDS);
      h.remote.initialized(new InitializedParams());
      String uri = dir.resolve("Dockerfile").toUri().toString();
      Files.writeString(dir.resolve("main.txt"), ""); // the folder holds a source: the context
      h.open(uri, "FROM alpine:3.19\nCOPY main.txt /\nCOPY app.txt /app/\n");
      assertThat(codes(h.client.next(uri))).contains("CopySourceNotFound");
      Path app = Files.writeString(dir.resolve("app.txt"), "hi");
      fileEvent(h, app, FileChangeType.Created);
      assertThat(codes(h.client.next(uri))).doesNotContain("CopySourceNotFound");
      Files.delete(app);
      fileEvent(h, app, FileChangeType.Deleted);
      assertThat(codes(h.client.next(uri))).contains("CopySourceNotFound");
    }
  }

  @Test
  void aBurstOfFileEventsRefreshesPulledDiagnosticsOnce() throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = new ClientCapabilities();
      TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
      td.setDiagnostic(new DiagnosticCapabilities());
      caps.setTextDocument(td);
      WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
      ws.setDiagnostics(new org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities(true));
      caps.setWorkspace(ws);
      h.initialize(caps);
      h.open(URI, "FROM alpine:3.19\n");
      for (int i = 0; i < 20; i++) {
        h.remote
            .getWorkspaceService()
            .didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(
                    List.of(new FileEvent("file:///w/f" + i, FileChangeType.Created))));
      }
      h.remote
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(new FileEvent("file:///w/.git/index", FileChangeType.Changed))));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (h.client.refreshes == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(600);
      assertThat(h.client.refreshes).isEqualTo(1);
      assertThat(h.server.generation()).isEqualTo(1);
    }
  }

  @Test
  void findingsInTheContextsIgnoreFileArePublishedForThatFile(@TempDir Path dir) throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.initialize(new ClientCapabilities());
      Path ignore = Files.writeString(dir.resolve(".dockerignore"), "src\nsrc\n");
      Files.createDirectories(dir.resolve("src"));
      String uri = dir.resolve("Dockerfile").toUri().toString();
      String ignoreUri = ignore.toUri().toString();
      h.open(uri, "FROM alpine:3.19\nCOPY . /x\n");
      PublishDiagnosticsParams forIgnore = h.client.next(ignoreUri);
      Diagnostic d =
          forIgnore.getDiagnostics().stream()
              .filter(x -> x.getCode().getLeft().equals("DuplicateIgnorePattern"))
              .findFirst()
              .orElseThrow();
      assertThat(d.getRange().getStart()).isEqualTo(new Position(1, 0));
      h.remote
          .getTextDocumentService()
          .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
      assertThat(h.client.next(ignoreUri).getDiagnostics()).as("closing clears").isEmpty();
    }
  }

  @Test
  void aPullingClientGetsTheIgnoreFilesFindingsAsRelatedDocuments(@TempDir Path dir)
      throws Exception {
    try (ProtocolHarness h = new ProtocolHarness()) {
      ClientCapabilities caps = new ClientCapabilities();
      TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
      td.setDiagnostic(new DiagnosticCapabilities());
      td.getDiagnostic().setRelatedDocumentSupport(true);
      caps.setTextDocument(td);
      h.initialize(caps);
      Path ignore = Files.writeString(dir.resolve(".dockerignore"), "src\nsrc\n");
      Files.createDirectories(dir.resolve("src"));
      String uri = dir.resolve("Dockerfile").toUri().toString();
      String ignoreUri = ignore.toUri().toString();
      h.open(uri, "FROM alpine:3.19\nCOPY . /x\n");
      // Asked of the server directly: lsp4j's own client cannot read related documents back.
      while (h.server.documents.get(uri).isEmpty()) {
        Thread.sleep(10); // the didOpen is on its way
      }
      var docs = h.server.getTextDocumentService();
      var full =
          docs.diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
              .get(20, TimeUnit.SECONDS)
              .getLeft();
      assertThat(full.getItems())
          .extracting(d -> d.getCode().getLeft())
          .doesNotContain("DuplicateIgnorePattern");
      var related = full.getRelatedDocuments().get(ignoreUri).getLeft().getItems();
      assertThat(related)
          .filteredOn(d -> d.getCode().getLeft().equals("DuplicateIgnorePattern"))
          .extracting(d -> d.getRange().getStart())
          .containsExactly(new Position(1, 0));

      // The ignore file is fixed: the next pull clears what it showed there.
      Files.writeString(ignore, "src\n");
      h.remote
          .getWorkspaceService()
          .didChangeWatchedFiles(
              new DidChangeWatchedFilesParams(
                  List.of(new FileEvent(ignoreUri, FileChangeType.Changed))));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      Map<String, ?> after = Map.of();
      while (System.nanoTime() < deadline) {
        var again =
            docs.diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                .get(20, TimeUnit.SECONDS)
                .getLeft();
        if (!again.getResultId().equals(full.getResultId())) {
          assertThat(again.getRelatedDocuments()).containsOnlyKeys(ignoreUri);
          assertThat(again.getRelatedDocuments().get(ignoreUri).getLeft().getItems()).isEmpty();
          after = again.getRelatedDocuments();
          break;
        }
        Thread.sleep(50);
      }
      assertThat(after).as("a new report after the context changed").isNotEmpty();
      assertThat(h.server.failures()).isZero();
    }
  }

  @Test
  void shellChecksFindingsFollowInASecondPublishOfTheSameVersion() throws Exception {
    dev.dfkit.ls.services.DiagnosticsServiceTest.assumeShellCheck();
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.initialize(new ClientCapabilities());
      // A script no test checked before: ShellCheck's findings are remembered by script text.
      h.open(URI, "FROM alpine:3.19\nRUN cp $x /tmp/" + System.nanoTime() + "\n");
      PublishDiagnosticsParams first = h.client.next(URI);
      assertThat(codes(first)).doesNotContain("SC2086");
      PublishDiagnosticsParams second = h.client.next(URI);
      assertThat(second.getVersion()).isEqualTo(1);
      assertThat(codes(second)).contains("SC2086");
    }
  }

  @Test
  void aBurstOfEditsLeavesOneShellCheckPhaseWaitingNotOnePerEdit() throws Exception {
    dev.dfkit.ls.services.DiagnosticsServiceTest.assumeShellCheck();
    try (ProtocolHarness h = new ProtocolHarness()) {
      h.initialize(new ClientCapabilities());
      h.open(URI, "FROM alpine:3.19\nRUN echo one\nRUN echo two\n");
      h.client.next(URI);
      for (int v = 2; v <= 21; v++) {
        boolean insert = v % 2 == 0;
        h.change(URI, v, 1, 12, 1, insert ? 12 : 13, insert ? "x" : "");
        PublishDiagnosticsParams p;
        do {
          p = h.client.next(URI);
        } while (p.getVersion() != v);
      }
      // each waiting phase holds a linted version of the document until it runs
      assertThat(h.server.shellChecksWaiting()).isLessThanOrEqualTo(1);
    }
  }
}
