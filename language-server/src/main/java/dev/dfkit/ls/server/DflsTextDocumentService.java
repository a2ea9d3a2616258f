package dev.dfkit.ls.server;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.services.DiagnosticsSettings;
import dev.dfkit.ls.services.DocumentSymbolService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FullDocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.UnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
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
    server
        .documents
        .get(uri)
        .flatMap(DockerfileDocument::path)
        .ifPresent(server.diagnostics.contexts()::forget);
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
          if (server.relatedDocuments()) {
            full.setRelatedDocuments(related(d, settings, cancel));
          }
          if (shellPending) {
            server.shellCheckLater(d, settings, server::refreshPulled);
          }
          return new DocumentDiagnosticReport(full);
        });
  }

  /**
   * Findings in other files of the document's context (its .dockerignore) for a pulling client, as
   * LSP 3.17's related documents; a file reported before and clean now gets an empty report. Only
   * for clients that say they read them: lsp4j's own JSON reader, for one, fails on the whole
   * report (a full and an unchanged related report are both objects, an "ambiguous Either").
   */
  private Map<String, Either<FullDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport>>
      related(DockerfileDocument d, DiagnosticsSettings settings, CancelChecker cancel) {
    var others = server.diagnostics.otherFiles(d, settings, cancel);
    Map<String, Either<FullDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport>> out =
        new LinkedHashMap<>();
    for (String gone : server.otherFilesReported(d.uri(), others.keySet())) {
      out.put(gone, Either.forLeft(new FullDocumentDiagnosticReport(List.of())));
    }
    others.forEach(
        (file, found) -> out.put(file, Either.forLeft(new FullDocumentDiagnosticReport(found))));
    return out.isEmpty() ? null : out;
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
        (d, cancel) -> {
          var actions =
              server.codeActions.codeActions(
                  d, params.getRange(), params.getContext(), settings, cancel);
          return server.documentChanges() ? VersionedEdits.of(actions, d) : actions;
        });
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    var settings = server.completionSettings();
    var lintSettings = server.diagnosticsSettings();
    return compute(
        "completion",
        params.getTextDocument().getUri(),
        Either.forLeft(List.of()),
        (d, cancel) ->
            Either.forLeft(
                server.completion.complete(
                    d,
                    params.getPosition(),
                    // COPY sources from the context the document's lint reads
                    settings.withContext(server.diagnostics.contextRoot(d, lintSettings)),
                    server.documents.all(),
                    cancel)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return compute(
        "hover",
        params.getTextDocument().getUri(),
        null,
        (d, cancel) -> server.hover.hover(d, params.getPosition(), cancel).orElse(null));
  }

  @Override
  public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
    return compute(
        "signature help",
        params.getTextDocument().getUri(),
        null,
        (d, cancel) ->
            server.signatureHelp.signatureHelp(d, params.getPosition(), cancel).orElse(null));
  }

  @Override
  public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
    return compute(
        "inlay hints",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.inlayHints.inlayHints(d, params.getRange(), cancel));
  }

  // ---- navigation and structure --------------------------------------------------------------

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return compute(
        "definition",
        params.getTextDocument().getUri(),
        Either.forLeft(List.of()),
        (d, cancel) ->
            Either.forLeft(server.definition.definition(d, params.getPosition(), cancel)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean declarations =
        params.getContext() != null && params.getContext().isIncludeDeclaration();
    return compute(
        "references",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.references.references(d, params.getPosition(), declarations, cancel));
  }

  @Override
  public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(
      DocumentHighlightParams params) {
    return compute(
        "document highlight",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.highlights.highlights(d, params.getPosition(), cancel));
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>
      prepareRename(PrepareRenameParams params) {
    return compute(
        "prepare rename",
        params.getTextDocument().getUri(),
        null,
        (d, cancel) ->
            Either3.forSecond(server.rename.prepareRename(d, params.getPosition(), cancel)));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return compute(
        "rename",
        params.getTextDocument().getUri(),
        null,
        (d, cancel) -> {
          var edit = server.rename.rename(d, params.getPosition(), params.getNewName(), cancel);
          return server.documentChanges() ? VersionedEdits.of(edit, d) : edit;
        });
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    String uri = params.getTextDocument().getUri();
    boolean nested = server.hierarchicalSymbols();
    return compute(
        "document symbols",
        uri,
        List.of(),
        (d, cancel) -> {
          List<DocumentSymbol> symbols = server.documentSymbols.documentSymbols(d, cancel);
          List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
          if (nested) {
            symbols.forEach(s -> out.add(Either.forRight(s)));
          } else {
            DocumentSymbolService.flatten(uri, symbols).forEach(s -> out.add(Either.forLeft(s)));
          }
          return out;
        });
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    return compute(
        "folding ranges",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.folding.foldingRanges(d, cancel));
  }

  @Override
  public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
    return compute(
        "selection ranges",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.selection.selectionRanges(d, params.getPositions(), cancel));
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return compute(
        "semantic tokens",
        params.getTextDocument().getUri(),
        new SemanticTokens(List.of()),
        (d, cancel) -> server.semanticTokens.full(d, cancel));
  }

  @Override
  public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
      SemanticTokensDeltaParams params) {
    return compute(
        "semantic tokens delta",
        params.getTextDocument().getUri(),
        Either.forLeft(new SemanticTokens(List.of())),
        (d, cancel) -> server.semanticTokens.delta(d, params.getPreviousResultId(), cancel));
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
    return compute(
        "semantic tokens range",
        params.getTextDocument().getUri(),
        new SemanticTokens(List.of()),
        (d, cancel) -> server.semanticTokens.range(d, params.getRange(), cancel));
  }

  @Override
  public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
    return compute(
        "document links",
        params.getTextDocument().getUri(),
        List.of(),
        (d, cancel) -> server.links.documentLinks(d, cancel));
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
          } catch (CancellationException | ResponseErrorException e) {
            throw e; // a refusal (rename) is an answer, not a failure
          } catch (RuntimeException e) {
            server.failed(what + " on " + doc.get().uri(), e);
            return empty;
          }
        });
  }
}
