package dev.dfkit.ls.document;

import dev.dfkit.parser.source.LineMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents, by URI. Changes are applied in the order the client sent them (full text or
 * ranges, LSP's incremental sync); each makes a new {@link DockerfileDocument}. Thread-safe.
 */
public final class Documents {
  private final Map<String, DockerfileDocument> open = new ConcurrentHashMap<>();

  public DockerfileDocument open(String uri, int version, String text) {
    DockerfileDocument d = new DockerfileDocument(uri, version, text);
    open.put(uri, d);
    return d;
  }

  /** Applies the changes of one {@code didChange}; empty when the document is not open. */
  public Optional<DockerfileDocument> change(
      String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    DockerfileDocument[] result = new DockerfileDocument[1];
    open.computeIfPresent(
        uri,
        (u, current) -> {
          String text = current.text();
          // the current version's line map, when it was parsed (an edit reads the whole text)
          LineMap lines = current.parsedLines().orElse(null);
          int unchanged = text.length();
          int unchangedTail = text.length(); // characters at the end that are the old end
          for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) { // the whole text
              text = c.getText();
              unchanged = 0;
              unchangedTail = 0;
              lines = null;
              continue;
            }
            if (lines == null) {
              lines = LineMap.of(text);
            }
            int start = Positions.offset(lines, c.getRange().getStart());
            int end = Math.max(start, Positions.offset(lines, c.getRange().getEnd()));
            unchanged = Math.min(unchanged, start);
            unchangedTail = Math.min(unchangedTail, text.length() - end);
            text = text.substring(0, start) + c.getText() + text.substring(end);
            lines = null;
          }
          result[0] = new DockerfileDocument(uri, version, text, current, unchanged, unchangedTail);
          return result[0];
        });
    return Optional.ofNullable(result[0]);
  }

  public void close(String uri) {
    open.remove(uri);
  }

  public Optional<DockerfileDocument> get(String uri) {
    return Optional.ofNullable(open.get(uri));
  }

  public Collection<DockerfileDocument> all() {
    return List.copyOf(open.values());
  }
}
