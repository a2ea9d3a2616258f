package dev.dfkit.build.copy;

import java.io.IOException;

/**
 * A COPY or ADD that cannot be carried out, with BuildKit's wording where BuildKit has one. The
 * {@link Reason} lets the solver tell user errors (a missing source) from environment failures.
 */
public final class CopyException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Why the copy failed. */
  public enum Reason {
    /** A source named without wildcards does not exist or is excluded by {@code .dockerignore}. */
    NOT_FOUND,
    /** A source path (or a symbolic link in it) leads outside the source root. */
    OUTSIDE_ROOT,
    /** The destination already holds something the copy cannot replace or enter. */
    CONFLICT,
    /** An archive entry would land outside the destination, or the archive is broken. */
    ARCHIVE,
    /** A {@code --chown} name that the target's {@code /etc/passwd} or {@code /etc/group} lacks. */
    UNKNOWN_USER,
    /** A malformed request (bad mode, bad chown string). */
    INVALID,
    /** Reading or writing failed. */
    IO
  }

  private final Reason reason;

  public CopyException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public CopyException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  static CopyException notFound(String displayPath) {
    return new CopyException(
        Reason.NOT_FOUND, "failed to compute cache key: \"" + displayPath + "\": not found");
  }
}
