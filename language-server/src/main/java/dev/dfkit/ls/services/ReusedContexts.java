package dev.dfkit.ls.services;

import dev.dfkit.lint.ContextOpener;
import dev.dfkit.parser.context.BuildContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The build contexts of the open Dockerfiles, read once and reused by the following edits: listing
 * the context folder (and reading its .dockerignore) on every keystroke cost more than most rules.
 *
 * <p>A context is reused only within one generation of the server's settings ({@link
 * DiagnosticsSettings#generation}), which changes when the client reports a changed file. A context
 * outside the folder the client watches for us (or any, when it watches none) is reused for {@link
 * #UNWATCHED_REUSE_NANOS} only: a burst of typing reads the folder once, and a file added on disk
 * shows at the next edit after.
 */
public final class ReusedContexts {

  /** How long a context is reused when the client does not watch files for us. */
  static final long UNWATCHED_REUSE_NANOS = 1_000_000_000L;

  private record Key(Path root, Path dockerfile) {}

  private record Opened(BuildContext context, long generation, long at) {}

  private final Map<Key, Opened> opened = new ConcurrentHashMap<>();
  private final LongSupplier clock;
  private volatile Optional<Path> watched = Optional.empty();

  public ReusedContexts() {
    this(System::nanoTime);
  }

  ReusedContexts(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * The client reports changes of the files below {@code folder} (workspace/didChangeWatchedFiles):
   * contexts there are reused until it does.
   */
  public void watched(Path folder) {
    watched = Optional.of(folder.toAbsolutePath().normalize());
  }

  /** The contexts of one settings generation, opened once and reused while still valid. */
  public ContextOpener of(long generation) {
    return (root, dockerfile) -> {
      Key key = new Key(root.toAbsolutePath().normalize(), dockerfile);
      long now = clock.getAsLong();
      Opened known = opened.get(key);
      if (known != null && known.generation() == generation && fresh(key, known, now)) {
        return known.context();
      }
      BuildContext context = BuildContext.open(root, dockerfile);
      // An older generation's lint finishing late must not replace a newer generation's context.
      opened.merge(
          key,
          new Opened(context, generation, now),
          (old, made) -> old.generation() > made.generation() ? old : made);
      return context;
    };
  }

  private boolean fresh(Key key, Opened known, long now) {
    Optional<Path> folder = watched;
    return (folder.isPresent() && key.root().startsWith(folder.get()))
        || now - known.at() < UNWATCHED_REUSE_NANOS;
  }

  /** Drops the contexts of a Dockerfile no longer open (any root). */
  public void forget(Path dockerfile) {
    opened.keySet().removeIf(k -> k.dockerfile().equals(dockerfile));
  }
}
