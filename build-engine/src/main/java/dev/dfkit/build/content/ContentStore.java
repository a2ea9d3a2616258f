package dev.dfkit.build.content;

import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Blobs by digest in an OCI image layout ({@code oci-layout}, {@code index.json}, {@code
 * blobs/sha256/...}). A blob is written to a temporary file while it is hashed, then renamed into
 * place, so a reader never sees half a blob; reads are verified against the digest. Tagged images
 * are the entries of {@code index.json} (annotation {@code org.opencontainers.image.ref.name}).
 * Safe for several dfbuild processes at once: index updates take a file lock.
 */
public final class ContentStore {

  public static final String REF_NAME = "org.opencontainers.image.ref.name";

  private final Path root;
  private final Path blobs;
  private final Path tmp;

  private ContentStore(Path root) {
    this.root = root;
    this.blobs = root.resolve("blobs").resolve("sha256");
    this.tmp = root.resolve("tmp");
  }

  /** Opens (creating if needed) the store at {@code root}. */
  public static ContentStore open(Path root) throws IOException {
    ContentStore store = new ContentStore(root.toAbsolutePath().normalize());
    Files.createDirectories(store.blobs);
    Files.createDirectories(store.tmp);
    Path layout = store.root.resolve("oci-layout");
    if (!Files.exists(layout)) {
      store.writeAtomically(layout, "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes());
    }
    Path index = store.root.resolve("index.json");
    if (!Files.exists(index)) {
      store.writeAtomically(index, ImageJson.write(new ImageIndex(2, null, List.of(), null)));
    }
    return store;
  }

  /**
   * The default state directory: {@code DFKIT_ROOT}, else {@code $XDG_DATA_HOME/dfkit}, else {@code
   * ~/.local/share/dfkit}.
   */
  public static Path defaultRoot() {
    String explicit = System.getenv("DFKIT_ROOT");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "dfkit");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "dfkit");
  }

  public Path root() {
    return root;
  }

  /** A directory for temporary files on the same file system (renames stay atomic). */
  public Path tmpDir() {
    return tmp;
  }

  public Path path(Digest digest) {
    return blobs.resolve(digest.hex());
  }

  public boolean has(Digest digest) {
    return Files.isRegularFile(path(digest));
  }

  public long size(Digest digest) throws IOException {
    return Files.size(path(digest));
  }

  /** Stores a blob and returns its digest and size. */
  public Written put(InputStream in) throws IOException {
    Path temp = Files.createTempFile(tmp, "blob", ".tmp");
    try {
      MessageDigest md = Digest.sha256();
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temp)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          md.update(buf, 0, n);
          out.write(buf, 0, n);
          size += n;
        }
      }
      Digest digest = new Digest("sha256", HexFormat.of().formatHex(md.digest()));
      commit(temp, digest);
      return new Written(digest, size);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public Written put(byte[] data) throws IOException {
    Digest digest = Digest.of(data);
    if (!has(digest)) {
      Path temp = Files.createTempFile(tmp, "blob", ".tmp");
      try {
        Files.write(temp, data);
        commit(temp, digest);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return new Written(digest, data.length);
  }

  /**
   * Moves a file whose digest the caller computed (for example while writing a layer) into the
   * store; the file is gone afterwards.
   */
  public void putFile(Path file, Digest digest) throws IOException {
    try {
      commit(file, digest);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void commit(Path temp, Digest digest) throws IOException {
    Path target = path(digest);
    if (Files.exists(target)) {
      return; // content-addressed: the same bytes are already there
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // another process stored it first
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the content store must be on one file system: " + root, e);
    }
  }

  /** The blob's bytes, checked against its digest. */
  public byte[] read(Digest digest) throws IOException {
    byte[] data;
    try {
      data = Files.readAllBytes(path(digest));
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException("blob " + digest + " is not in the store " + root);
    }
    if (!Digest.of(data).equals(digest)) {
      throw new IOException("blob " + digest + " is corrupt (its content does not match)");
    }
    return data;
  }

  /** A stream of the blob that fails at its end if the content does not match the digest. */
  public InputStream open(Digest digest) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(path(digest));
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException("blob " + digest + " is not in the store " + root);
    }
    return new VerifyingInputStream(in, digest);
  }

  public void delete(Digest digest) throws IOException {
    Files.deleteIfExists(path(digest));
  }

  /** Every blob in the store. */
  public List<Digest> blobs() throws IOException {
    List<Digest> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(blobs)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (name.matches("[a-f0-9]{64}")) {
          out.add(new Digest("sha256", name));
        }
      }
    }
    return out;
  }

  // ---- tags (index.json) -------------------------------------------------------------------

  /** Tagged images: name ({@code docker.io/library/alpine:3.20}) to manifest descriptor. */
  public Map<String, Descriptor> tags() throws IOException {
    Map<String, Descriptor> out = new LinkedHashMap<>();
    for (Descriptor d : index().manifests()) {
      String name = d.annotations() == null ? null : d.annotations().get(REF_NAME);
      if (name != null) {
        out.put(name, d);
      }
    }
    return out;
  }

  public Optional<Descriptor> tag(String name) throws IOException {
    return Optional.ofNullable(tags().get(name));
  }

  /** Points {@code name} at a manifest (replacing what it pointed at). */
  public void tag(String name, Descriptor manifest) throws IOException {
    updateIndex(
        manifests -> {
          List<Descriptor> out = withoutName(manifests, name);
          Map<String, String> annotations = new LinkedHashMap<>();
          if (manifest.annotations() != null) {
            annotations.putAll(manifest.annotations());
          }
          annotations.put(REF_NAME, name);
          out.add(manifest.withAnnotations(annotations));
          return out;
        });
  }

  /** Removes a tag; true if it existed. */
  public boolean untag(String name) throws IOException {
    boolean[] removed = {false};
    updateIndex(
        manifests -> {
          List<Descriptor> out = withoutName(manifests, name);
          removed[0] = out.size() != manifests.size();
          return out;
        });
    return removed[0];
  }

  private static List<Descriptor> withoutName(List<Descriptor> manifests, String name) {
    List<Descriptor> out = new ArrayList<>();
    for (Descriptor d : manifests) {
      if (d.annotations() == null || !name.equals(d.annotations().get(REF_NAME))) {
        out.add(d);
      }
    }
    return out;
  }

  private ImageIndex index() throws IOException {
    return ImageJson.read(Files.readAllBytes(root.resolve("index.json")), ImageIndex.class);
  }

  private void updateIndex(Function<List<Descriptor>, List<Descriptor>> change) throws IOException {
    try (FileChannel lock =
            FileChannel.open(
                root.resolve("index.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = lock.lock()) {
      ImageIndex current = index();
      List<Descriptor> manifests =
          change.apply(
              new ArrayList<>(current.manifests() == null ? List.of() : current.manifests()));
      writeAtomically(
          root.resolve("index.json"),
          ImageJson.write(
              new ImageIndex(2, "application/vnd.oci.image.index.v1+json", manifests, null)));
    }
  }

  private void writeAtomically(Path target, byte[] data) throws IOException {
    Path temp = Files.createTempFile(tmp, target.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, data);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A stored blob's digest and size. */
  public record Written(Digest digest, long size) {}

  /** Hashes what it reads and fails at the end of the stream when the digest does not match. */
  private static final class VerifyingInputStream extends FilterInputStream {
    private final MessageDigest md = Digest.sha256();
    private final Digest expected;
    private boolean checked;

    VerifyingInputStream(InputStream in, Digest expected) {
      super(in);
      this.expected = expected;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        check();
      } else {
        md.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        check();
      } else {
        md.update(b, off, n);
      }
      return n;
    }

    private void check() throws IOException {
      if (!checked) {
        checked = true;
        Digest actual = new Digest("sha256", HexFormat.of().formatHex(md.digest()));
        if (!actual.equals(expected)) {
          throw new IOException("blob " + expected + " is corrupt (read " + actual + ")");
        }
      }
    }
  }
}
