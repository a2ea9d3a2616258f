package dev.dfkit.lint;

import dev.dfkit.parser.context.BuildContext;
import java.nio.file.Path;

/**
 * Where the linter gets a Dockerfile's build context from. dflint opens it afresh for every file; a
 * long-lived caller (dfls) may hand out the same one again while it knows the files have not
 * changed, so its listing and ignore file are not read again on every edit.
 */
@FunctionalInterface
public interface ContextOpener {

  /** Reads the context every time. */
  ContextOpener FRESH = BuildContext::open;

  /** The context at {@code root} for the Dockerfile at {@code dockerfile} (absolute). */
  BuildContext open(Path root, Path dockerfile);
}
