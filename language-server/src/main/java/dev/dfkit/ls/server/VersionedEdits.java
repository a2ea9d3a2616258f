package dev.dfkit.ls.server;

import dev.dfkit.ls.document.DockerfileDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Workspace edits as {@code documentChanges} naming the document version they were computed on, for
 * clients that support them: the client refuses an edit whose document has changed since (typing
 * after asking for a quick fix) instead of applying it at the wrong place. The services compute
 * plain {@code changes}; this turns them over.
 */
final class VersionedEdits {
  private VersionedEdits() {}

  /** {@code edit} with its edits of {@code doc} as a versioned text-document edit. */
  static WorkspaceEdit of(WorkspaceEdit edit, DockerfileDocument doc) {
    if (edit == null || edit.getChanges() == null) {
      return edit;
    }
    List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
    for (Map.Entry<String, List<TextEdit>> e : edit.getChanges().entrySet()) {
      // Only the document asked about has a version we know; others (none today) stay unversioned.
      Integer version = e.getKey().equals(doc.uri()) ? doc.version() : null;
      changes.add(
          Either.forLeft(
              new TextDocumentEdit(
                  new VersionedTextDocumentIdentifier(e.getKey(), version), e.getValue())));
    }
    WorkspaceEdit out = new WorkspaceEdit(changes);
    out.setChanges(null); // documentChanges win, but an empty map would still be sent
    out.setChangeAnnotations(edit.getChangeAnnotations());
    return out;
  }

  /** The code actions with their edits versioned. */
  static List<Either<Command, CodeAction>> of(
      List<Either<Command, CodeAction>> actions, DockerfileDocument doc) {
    for (Either<Command, CodeAction> a : actions) {
      if (a.isRight() && a.getRight().getEdit() != null) {
        a.getRight().setEdit(of(a.getRight().getEdit(), doc));
      }
    }
    return actions;
  }
}
