package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.Rule;
import dev.dfkit.parser.context.BuildContext;
import java.util.Optional;

/**
 * A check of the ignore file in effect for the linted Dockerfile; runs only when the Dockerfile has
 * a build context (it was read from disk) and that context has an ignore file. Findings go into the
 * ignore file.
 */
abstract class IgnoreFileRule implements Rule {

  @Override
  public final void check(LintContext context) {
    Optional<BuildContext> build = context.buildContext();
    if (build.isEmpty() || build.get().ignoreFile().isEmpty()) {
      return;
    }
    check(context, build.get(), ContextIndex.display(build.get().ignoreFile().get()));
  }

  /**
   * @param file the ignore file as findings show it
   */
  abstract void check(LintContext context, BuildContext build, String file);
}
