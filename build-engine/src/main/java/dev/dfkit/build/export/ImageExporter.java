package dev.dfkit.build.export;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.layer.TarEntry;
import dev.dfkit.build.layer.TarWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a committed image out of the store: as an OCI image layout (a directory, or a tar of one)
 * or as a {@code docker load} archive (the same layout plus Docker's {@code manifest.json}, as
 * BuildKit's docker exporter writes it). Files are written to temporary names and renamed, so an
 * interrupted export never leaves a half-written archive under the requested name.
 */
public final class ImageExporter {
  private static final String CONTAINERD_NAME = "io.containerd.image.name";
  private static final long MTIME = 0;

  private final ContentStore store;

  public ImageExporter(ContentStore store) {
    this.store = store;
  }

  /** {@code type=oci,dest=DIR}: an OCI layout directory (merged into one that exists). */
  public void ociDirectory(ImageCommitter.Committed image, Optional<String> name, Path dir)
      throws IOException {
    Path blobs = dir.resolve("blobs").resolve("sha256");
    Files.createDirectories(blobs);
    for (Digest d : blobsOf(image)) {
      Path target = blobs.resolve(d.hex());
      if (!Files.exists(target)) {
        Path temp = Files.createTempFile(blobs, ".tmp-", "");
        try (InputStream in = store.open(d)) {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    }
    writeSmall(dir.resolve("oci-layout"), layoutFile());
    writeSmall(dir.resolve("index.json"), ImageJson.write(index(image, name)));
  }

  /** {@code type=oci,dest=FILE}: the OCI layout as a tar. */
  public void ociTar(ImageCommitter.Committed image, Optional<String> name, Path file)
      throws IOException {
    writeTar(file, out -> writeLayout(out, image, name, false));
  }

  /** {@code type=oci} to a stream (for {@code dest=-}). */
  public void ociTar(ImageCommitter.Committed image, Optional<String> name, OutputStream out)
      throws IOException {
    writeLayout(out, image, name, false);
  }

  /** {@code type=docker,dest=FILE}: an archive {@code docker load} accepts. */
  public void dockerTar(ImageCommitter.Committed image, Optional<String> name, Path file)
      throws IOException {
    writeTar(file, out -> writeLayout(out, image, name, true));
  }

  public void dockerTar(ImageCommitter.Committed image, Optional<String> name, OutputStream out)
      throws IOException {
    writeLayout(out, image, name, true);
  }

  private interface TarBody {
    void write(OutputStream out) throws IOException;
  }

  private static void writeTar(Path file, TarBody body) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.write(out);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void writeLayout(
      OutputStream out, ImageCommitter.Committed image, Optional<String> name, boolean docker)
      throws IOException {
    TarWriter tar = new TarWriter(out);
    tar.write(TarEntry.directory("blobs/", 0755, 0, 0, MTIME), null);
    tar.write(TarEntry.directory("blobs/sha256/", 0755, 0, 0, MTIME), null);
    for (Digest d : blobsOf(image)) {
      long size = store.size(d);
      try (InputStream in = store.open(d)) {
        tar.write(TarEntry.file("blobs/sha256/" + d.hex(), 0444, 0, 0, size, MTIME), in);
      }
    }
    file(tar, "oci-layout", layoutFile());
    file(tar, "index.json", ImageJson.write(index(image, name)));
    if (docker) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("Config", "blobs/sha256/" + image.configDigest().hex());
      entry.put("RepoTags", name.map(n -> List.of(dockerTag(n))).orElse(List.of()));
      List<String> layers = new ArrayList<>();
      for (Descriptor l : image.manifest().layers()) {
        layers.add("blobs/sha256/" + l.digestValue().hex());
      }
      entry.put("Layers", layers);
      file(tar, "manifest.json", ImageJson.write(List.of(entry)));
    }
    tar.finish();
  }

  private static void file(TarWriter tar, String name, byte[] data) throws IOException {
    tar.write(
        TarEntry.file(name, 0444, 0, 0, data.length, MTIME),
        new java.io.ByteArrayInputStream(data));
  }

  private static Set<Digest> blobsOf(ImageCommitter.Committed image) {
    Set<Digest> out = new LinkedHashSet<>();
    out.add(image.digest());
    out.add(image.configDigest());
    for (Descriptor l : image.manifest().layers()) {
      out.add(l.digestValue());
    }
    return out;
  }

  private static ImageIndex index(ImageCommitter.Committed image, Optional<String> name) {
    Descriptor d = image.descriptor();
    if (name.isPresent()) {
      Map<String, String> annotations = new LinkedHashMap<>();
      annotations.put(CONTAINERD_NAME, name.get());
      annotations.put(ContentStore.REF_NAME, refName(name.get()));
      d = d.withAnnotations(annotations);
    }
    return new ImageIndex(2, MediaTypes.OCI_INDEX, List.of(d), null);
  }

  /** The OCI layout's ref name is the tag alone, as BuildKit writes it. */
  private static String refName(String name) {
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    return colon > slash ? name.substring(colon + 1) : "latest";
  }

  /** Docker's {@code RepoTags} use the familiar name ({@code alpine:3}, not docker.io/library/). */
  private static String dockerTag(String name) {
    String n = name;
    if (n.startsWith("docker.io/library/")) {
      n = n.substring("docker.io/library/".length());
    } else if (n.startsWith("docker.io/")) {
      n = n.substring("docker.io/".length());
    }
    return n;
  }

  private static byte[] layoutFile() {
    return "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeSmall(Path target, byte[] data) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".tmp-", "");
    try {
      Files.write(temp, data);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
