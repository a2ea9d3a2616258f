package dev.dfkit.lint.rules;

import dev.dfkit.lint.Rule;
import java.util.List;

/**
 * Checks of the build context: the .dockerignore file, COPY/ADD sources, secrets sent to the build.
 */
final class ContextRules {

  private ContextRules() {}

  static List<Rule> all() {
    return List.of(
        new InvalidIgnorePattern(),
        new IgnorePatternLeadingSlash(),
        new DuplicateIgnorePattern(),
        new UnusedIgnorePattern(),
        new UselessIgnoreException(),
        new CopyIgnoredFile(),
        new CopySourceNotFound(),
        new UnmatchedCopyWildcard(),
        new ContextSecretExposed());
  }
}
