package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Go to definition: from a variable use to the ARG or ENV it resolves to at that point, from a bare
 * {@code ARG NAME} in a stage to the global ARG it takes its value from, from a stage name or index
 * to the stage's {@code AS name} (or its FROM when unnamed), from a heredoc terminator to its
 * opener.
 */
public final class DefinitionService {

  public List<Location> definition(DockerfileDocument doc, Position pos, CancelChecker cancel) {
    cancel.checkCanceled();
    SymbolIndex index = SymbolIndex.of(doc);
    return index
        .at(Positions.offset(doc.lines(), pos))
        .map(o -> List.of(new Location(doc.uri(), Positions.range(o.target()))))
        .orElse(List.of());
  }
}
