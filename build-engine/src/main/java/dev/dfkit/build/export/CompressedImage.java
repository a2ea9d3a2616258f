package dev.dfkit.build.export;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The image as it leaves the machine: builds store their layers as plain tars (writing them is ten
 * times faster than gzip), and exports and pushes send gzip layers, as BuildKit does. Each layer is
 * compressed once; the gzip blob's digest is remembered by diff ID under {@code compressed/}, so
 * exporting or pushing again costs nothing.
 */
public final class CompressedImage {
  private CompressedImage() {}

  /** The image with every plain-tar layer replaced by its gzip blob (stored alongside). */
  public static ImageCommitter.Committed of(
      ContentStore store, Path memoDir, ImageCommitter.Committed image) throws IOException {
    List<Descriptor> layers = new ArrayList<>();
    boolean changed = false;
    for (Descriptor l : image.manifest().layers()) {
      if (MediaTypes.OCI_LAYER.equals(l.mediaType())) {
        layers.add(gzip(store, memoDir, l));
        changed = true;
      } else {
        layers.add(l);
      }
    }
    if (!changed) {
      return image;
    }
    Manifest manifest =
        new Manifest(
            image.manifest().schemaVersion(),
            image.manifest().mediaType(),
            image.manifest().config(),
            layers,
            image.manifest().annotations());
    ContentStore.Written m = store.put(ImageJson.write(manifest));
    Descriptor d =
        new Descriptor(
            image.descriptor().mediaType(),
            m.digest().toString(),
            m.size(),
            null,
            image.descriptor().platform());
    return new ImageCommitter.Committed(d, manifest, image.config());
  }

  /** The gzip form of a plain-tar layer blob (whose digest is its diff ID). */
  static Descriptor gzip(ContentStore store, Path memoDir, Descriptor tar) throws IOException {
    Digest diffId = tar.digestValue();
    Path memo = memoDir.resolve(diffId.hex());
    try {
      String[] known = Files.readString(memo, StandardCharsets.US_ASCII).strip().split(" ");
      Digest digest = Digest.parse(known[0]);
      if (store.has(digest)) {
        return Descriptor.of(MediaTypes.OCI_LAYER_GZIP, digest, Long.parseLong(known[1]));
      }
    } catch (NoSuchFileException e) {
      // not compressed yet
    } catch (RuntimeException e) {
      Files.deleteIfExists(memo); // unreadable memo: compress again
    }
    Files.createDirectories(memoDir);
    Path temp = Files.createTempFile(store.tmpDir(), "gzip", ".tmp");
    ContentStore.Written written;
    try {
      try (InputStream in = store.open(diffId);
          OutputStream out =
              new GZIPOutputStream(
                  new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16),
                  1 << 16)) {
        in.transferTo(out);
      }
      try (InputStream in = Files.newInputStream(temp)) {
        written = store.put(in);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    Path memoTemp = Files.createTempFile(memoDir, diffId.hex(), ".tmp");
    Files.writeString(memoTemp, written.digest() + " " + written.size() + "\n");
    Files.move(memoTemp, memo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Descriptor.of(MediaTypes.OCI_LAYER_GZIP, written.digest(), written.size());
  }
}
