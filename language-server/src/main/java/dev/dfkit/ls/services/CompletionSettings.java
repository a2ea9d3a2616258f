package dev.dfkit.ls.services;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to complete.
 *
 * @param snippets the client supports snippets ({@code ${1:image}}); plain text otherwise
 * @param context the build context directory for COPY/ADD sources; the document's folder when empty
 * @param retrigger the client runs {@code editor.action.triggerSuggest} (VS Code and its kin), so
 *     items after which more follows ({@code --mount=}, a directory) carry it; other clients would
 *     send it back as an unknown {@code workspace/executeCommand}
 */
public record CompletionSettings(boolean snippets, Optional<Path> context, boolean retrigger) {

  public static final CompletionSettings DEFAULT =
      new CompletionSettings(true, Optional.empty(), false);

  /** These settings, listing COPY/ADD sources from {@code context}. */
  public CompletionSettings withContext(Optional<Path> context) {
    return new CompletionSettings(snippets, context, retrigger);
  }

  public static CompletionSettings of(boolean snippets) {
    return new CompletionSettings(snippets, Optional.empty(), false);
  }
}
