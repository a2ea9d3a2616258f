package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import java.util.List;

/**
 * Whether a Dockerfile's build context is likely the one it is built with, before a rule calls its
 * sources missing. A context someone named ({@code --context}, {@code context:} in the
 * configuration, a Compose or dev container file) is trusted. The default one, the Dockerfile's
 * folder, is a guess: when it holds none of the file's COPY and ADD sources, the file is most
 * likely built from another folder ({@code docker build -f sub/Dockerfile .}) or copies what an
 * earlier build step makes (a binary, a jar), and calling each source missing would be an error on
 * a file that builds.
 */
final class LikelyContext {

  private LikelyContext() {}

  /** True when the context was named, or holds at least one of the file's own sources. */
  static boolean holdsSources(LintContext context, ContextIndex index) {
    if (context.buildContextNamed()) {
      return true;
    }
    return context.memo(LikelyContext.class, () -> anySourceHeld(context, index));
  }

  private static boolean anySourceHeld(LintContext context, ContextIndex index) {
    List<ContextSource> sources = ContextSource.all(context);
    for (ContextSource source : sources) {
      if (!source.certain()) {
        continue;
      }
      SourceSelection selection = SourceSelection.of(source);
      switch (selection.kind()) {
        case LITERAL -> {
          if (index.exists(selection.path())) {
            return true;
          }
        }
        case WILDCARD, PATTERN -> {
          // The context root (".") always exists: only a named directory, or a match, tells.
          if ((!selection.path().equals(".") && index.exists(selection.path()))
              || !selection.matches(index, e -> true).isEmpty()) {
            return true;
          }
        }
        default -> {
          // the whole context ("."), or a selection the linter does not resolve: no evidence
        }
      }
    }
    return false;
  }
}
