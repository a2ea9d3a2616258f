package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Document highlight: the occurrences of the symbol under the cursor; definitions (which set a
 * value or a name) are Write, uses are Read.
 */
public final class HighlightService {

  public List<DocumentHighlight> highlights(
      DockerfileDocument doc, Position pos, CancelChecker cancel) {
    cancel.checkCanceled();
    SymbolIndex index = SymbolIndex.of(doc);
    List<DocumentHighlight> out = new ArrayList<>();
    index
        .at(Positions.offset(doc.lines(), pos))
        .ifPresent(
            at -> {
              for (SymbolIndex.Occurrence o : at.symbol().occurrences()) {
                DocumentHighlightKind kind =
                    o.role() == SymbolIndex.Role.DEFINITION
                        ? DocumentHighlightKind.Write
                        : DocumentHighlightKind.Read;
                out.add(new DocumentHighlight(Positions.range(o.range()), kind));
              }
            });
    return out;
  }
}
