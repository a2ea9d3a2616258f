package dev.dfkit.ls.services;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to complete.
 *
 * @param snippets the client supports snippets ({@code ${1:image}}); plain text otherwise
 * @param context the build context directory for COPY/ADD sources; the document's folder when empty
 */
public record CompletionSettings(boolean snippets, Optional<Path> context) {

  public static final CompletionSettings DEFAULT = new CompletionSettings(true, Optional.empty());

  public static CompletionSettings of(boolean snippets) {
    return new CompletionSettings(snippets, Optional.empty());
  }
}
