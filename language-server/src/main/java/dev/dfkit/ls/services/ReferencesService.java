package dev.dfkit.ls.services;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Find references: every place the symbol under the cursor is written, as the build links them (a
 * global ARG with its redeclarations in stages and their uses; an ENV with the stages built on its
 * stage; a stage with its names and indexes). Definitions are included when asked.
 */
public final class ReferencesService {

  public List<Location> references(
      DockerfileDocument doc, Position pos, boolean includeDeclaration, CancelChecker cancel) {
    cancel.checkCanceled();
    SymbolIndex index = SymbolIndex.of(doc);
    List<Location> out = new ArrayList<>();
    index
        .at(Positions.offset(doc.lines(), pos))
        .ifPresent(
            at -> {
              for (SymbolIndex.Occurrence o : at.symbol().occurrences()) {
                if (includeDeclaration || o.role() != SymbolIndex.Role.DEFINITION) {
                  out.add(new Location(doc.uri(), Positions.range(o.range())));
                }
              }
            });
    return out;
  }
}
