package dev.dfkit.build.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * dfbuild's state directory ({@code --root}, {@code DFKIT_ROOT}, else {@code
 * $XDG_DATA_HOME/dfkit}). The directory itself is an OCI image layout (so {@code skopeo copy
 * oci:ROOT:NAME ...} works on it); beside the layout's files it holds unpacked layers ({@code
 * snapshots/}), cache entries ({@code cache/}), compressed layer digests ({@code compressed/}) and
 * per-run scratch space ({@code run/}).
 */
public record StateDirectory(Path root) {

  public static StateDirectory at(Path root) throws IOException {
    StateDirectory s = new StateDirectory(root.toAbsolutePath().normalize());
    Files.createDirectories(s.snapshots());
    Files.createDirectories(s.cache());
    Files.createDirectories(s.runs());
    return s;
  }

  public Path snapshots() {
    return root.resolve("snapshots");
  }

  public Path cache() {
    return root.resolve("cache");
  }

  /** The gzip form of each plain-tar layer, by diff ID (for exports and pushes). */
  public Path compressed() {
    return root.resolve("compressed");
  }

  /** Digests of build-context files by path and stat, kept between builds (ContextHasher). */
  public Path contextDigests() {
    return root.resolve("context-digests");
  }

  /** Bundles, mount points and runc state of running steps; empty when no build runs. */
  public Path runs() {
    return root.resolve("run");
  }
}
