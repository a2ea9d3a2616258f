package dev.dfkit.build.snapshot;

import java.nio.file.Path;
import java.util.List;

/**
 * A writable file system for one step: an overlay mount at {@code mountpoint} of the {@code lowers}
 * (bottom first) with its own {@code upper} and {@code work} directories. Held by reference counts
 * in its {@link Snapshotter}.
 */
public record Snapshot(String id, Path mountpoint, Path upper, Path work, List<Path> lowers) {

  public Snapshot {
    lowers = List.copyOf(lowers);
  }
}
