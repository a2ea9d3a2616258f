package dev.dfkit.build.export;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.layer.FileTrees;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.layer.LayerApplier;
import dev.dfkit.build.layer.LayerWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The final filesystem of a build, as {@code type=local} (a directory) or {@code type=tar}: the
 * layers are applied in order, whiteouts deleting what lower layers added, so the result is what a
 * container would see.
 */
public final class FilesystemExporter {
  private final ContentStore store;

  public FilesystemExporter(ContentStore store) {
    this.store = store;
  }

  /** Writes the filesystem into {@code dest} (created if missing; existing files replaced). */
  public void toDirectory(List<Layer> chain, Path dest) throws IOException {
    Files.createDirectories(dest);
    LayerApplier applier = LayerApplier.merging();
    for (Layer layer : chain) {
      applier.apply(store, layer.blob(), dest);
    }
  }

  /** Writes the filesystem as a tar file, renamed into place when complete. */
  public void toTar(List<Layer> chain, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        toTar(chain, out);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes the filesystem as a tar stream (not closed). */
  public void toTar(List<Layer> chain, OutputStream out) throws IOException {
    Path work = Files.createTempDirectory(store.tmpDir(), "export-");
    try {
      toDirectory(chain, work);
      LayerWriter.create().writeTar(work, out);
    } finally {
      FileTrees.delete(work);
    }
  }
}
