package dev.dfkit.ls.server;

import dev.dfkit.ls.document.DockerfileDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document notifications and requests. Every request is one line: take the document version (on the
 * reader thread, so it is ordered with the changes before it), run a service on a worker with a
 * cancel check that {@code $/cancelRequest} trips.
 */
final class DflsTextDocumentService implements TextDocumentService {

  private final DflsServer server;

  DflsTextDocumentService(DflsServer server) {
    this.server = server;
  }

  // ---- notifications --------------------------------------------------------------------------

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params.getTextDocument();
    server.lintLater(server.documents.open(d.getUri(), d.getVersion(), d.getText()));
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var id = params.getTextDocument();
    server
        .documents
        .change(id.getUri(), id.getVersion(), params.getContentChanges())
        .ifPresent(server::lintLater);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    server.documents.close(uri);
    server.closed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The open text is what is linted; saving it changes nothing we show.
  }

  // ---- requests -------------------------------------------------------------------------------

  @Override
  public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
    String uri = params.getTextDocument().getUri();
    var settings = server.diagnosticsSettings();
    Optional<DockerfileDocument> doc = server.documents.get(uri);
    if (doc.isEmpty()) {
      return CompletableFuture.completedFuture(
          new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())));
    }
    boolean shellPending = server.diagnostics.shellCheckPending(doc.get(), settings);
    String resultId =
        doc.get().version() + ":" + settings.generation() + (shellPending ? ":partial" : "");
    if (resultId.equals(params.getPreviousResultId())) {
      return CompletableFuture.completedFuture(
          new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId)));
    }
    return compute(
        "diagnostics",
        doc,
        new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())),
        (d, cancel) -> {
          var full =
              new RelatedFullDocumentDiagnosticReport(
                  server.diagnostics.diagnostics(d, settings, cancel));
          full.setResultId(resultId);
          if (shellPending) {
            server.shellCheckLater(d, settings, server::refreshPulled);
          }
          return new DocumentDiagnosticReport(full);
        });
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    var format = server.settings().format();
    return compute(
        "formatting",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.formatting.format(d, params.getOptions(), format, cancel));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> rangeFormatting(
      DocumentRangeFormattingParams params) {
    var format = server.settings().format();
    return compute(
        "range formatting",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) ->
            server.formatting.rangeFormat(
                d, params.getRange(), params.getOptions(), format, cancel));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> onTypeFormatting(
      DocumentOnTypeFormattingParams params) {
    var format = server.settings().format();
    return compute(
        "on-type formatting",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) ->
            server.formatting.onTypeFormat(
                d, params.getPosition(), params.getCh(), params.getOptions(), format, cancel));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    var settings = server.diagnosticsSettings();
    return compute(
        "code actions",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) ->
            server.codeActions.codeActions(
                d, params.getRange(), params.getContext(), settings, cancel));
  }

  // ---- the one shape of every request ---------------------------------------------------------

  private <R> CompletableFuture<R> compute(
      String what, String uri, R empty, BiFunction<DockerfileDocument, CancelChecker, R> service) {
    return compute(what, server.documents.get(uri), empty, service);
  }

  /**
   * Runs {@code service} on a worker. A document that is not open gets {@code empty}; so does a
   * service failure (logged and counted: bad input must never surface as a protocol error). A
   * cancelled request ends as lsp4j reports cancellations.
   */
  private <R> CompletableFuture<R> compute(
      String what,
      Optional<DockerfileDocument> doc,
      R empty,
      BiFunction<DockerfileDocument, CancelChecker, R> service) {
    if (doc.isEmpty()) {
      return CompletableFuture.completedFuture(empty);
    }
    return CompletableFutures.computeAsync(
        server.workers,
        cancel -> {
          try {
            return service.apply(doc.get(), cancel);
          } catch (CancellationException e) {
            throw e;
          } catch (RuntimeException e) {
            server.failed(what + " on " + doc.get().uri(), e);
            return empty;
          }
        });
  }
}
