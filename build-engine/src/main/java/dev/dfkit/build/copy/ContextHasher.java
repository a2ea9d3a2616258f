package dev.dfkit.build.copy;

import dev.dfkit.build.content.Digest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content digest of exactly what a COPY or ADD would read, for the solver's cache keys: the
 * same sources, wildcard matches, {@code --parents} selection, {@code --exclude} patterns and
 * ignore file as {@link CopyEngine}, and the same errors (a missing literal source fails here
 * first, with BuildKit's {@code failed to compute cache key} message).
 *
 * <p>The digest is a sha256 over, for each source as written and each item it expands to, every
 * entry the copy would write, in walk order (names sorted byte-wise, depth first): its path below
 * the item, file type, permission bits (with set-ID and sticky), link target, device numbers and
 * the sha256 of its content; for a {@link SourceKind#STAGE} source also its owner, which the copy
 * preserves. Times are left out (so touching a file keeps the key), and so are owners in the build
 * context (the copy resets them) and extended attributes.
 *
 * <p>An instance memoizes content digests by (path, device, inode, size, modification and change
 * time); it is safe to share between threads. {@link #load} and {@link #save} keep the memo across
 * builds (as BuildKit's content-hash cache does), so a rebuild does not read an unchanged context
 * again: sha256 is the bulk of a no-op rebuild otherwise. A digest is kept only for a file whose
 * change time was at least {@link #SETTLED_MILLIS} before it was read: file times are coarse (a few
 * milliseconds), so a file rewritten with the same size within one tick of being hashed would
 * otherwise look unchanged (git's "racily clean" problem).
 */
public final class ContextHasher {

  private record FileKey(
      String path, long device, long inode, long size, long modified, long changed) {}

  private final Map<FileKey, byte[]> contents = new ConcurrentHashMap<>();

  /** Digests safe to keep for later builds, and those loaded from earlier ones. */
  private final Map<FileKey, byte[]> settled = new ConcurrentHashMap<>();

  private final Map<FileKey, byte[]> loaded = new ConcurrentHashMap<>();

  /** How long before its hashing a file must have last changed for its digest to be kept. */
  static final long SETTLED_MILLIS = 2000;

  private static final int MAGIC = 0x64666368; // "dfch"
  private static final int MAX_SAVED = 200_000;

  private final long settledMillis;
  private final java.util.concurrent.atomic.AtomicInteger reads =
      new java.util.concurrent.atomic.AtomicInteger();

  public ContextHasher() {
    this(SETTLED_MILLIS);
  }

  ContextHasher(long settledMillis) {
    this.settledMillis = settledMillis;
  }

  /** A hasher that starts with the digests {@code file} holds (none if it is missing or bad). */
  public static ContextHasher load(Path file) {
    return load(file, SETTLED_MILLIS);
  }

  static ContextHasher load(Path file, long settledMillis) {
    ContextHasher h = new ContextHasher(settledMillis);
    try (var in =
        new java.io.DataInputStream(
            new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        return h;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        FileKey k =
            new FileKey(
                in.readUTF(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong(),
                in.readLong());
        byte[] d = new byte[32];
        in.readFully(d);
        h.loaded.put(k, d);
      }
    } catch (IOException | RuntimeException e) {
      // a missing or damaged memo only costs reading the files again
    }
    return h;
  }

  /**
   * Writes the digests worth keeping (this build's first, then earlier ones, up to a bound) to
   * {@code file}, replacing it atomically.
   */
  public void save(Path file) throws IOException {
    Map<FileKey, byte[]> out = new java.util.LinkedHashMap<>(settled);
    for (Map.Entry<FileKey, byte[]> e : loaded.entrySet()) {
      if (out.size() >= MAX_SAVED) {
        break;
      }
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".context-digests", ".tmp");
    try {
      try (var o =
          new java.io.DataOutputStream(
              new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        o.writeInt(MAGIC);
        o.writeInt(out.size());
        for (Map.Entry<FileKey, byte[]> e : out.entrySet()) {
          FileKey k = e.getKey();
          o.writeUTF(k.path());
          o.writeLong(k.device());
          o.writeLong(k.inode());
          o.writeLong(k.size());
          o.writeLong(k.modified());
          o.writeLong(k.changed());
          o.write(e.getValue());
        }
      }
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Digest of what {@code request} reads. */
  public Digest digest(CopyRequest request) throws IOException {
    SourceTree tree =
        new SourceTree(
            request.sourceRoot().toAbsolutePath().normalize(),
            request.ignore(),
            request.sourceKind());
    if (FileStat.lstat(tree.root) == null) {
      throw CopyException.notFound("/");
    }
    MessageDigest sha = sha256();
    field(sha, "dfkit-copy-sources/v1");
    SourceWalker walker = new SourceWalker(tree, SourcePlan.excludes(request));
    boolean owners = request.sourceKind() == SourceKind.STAGE;
    for (SourcePlan.Source source : SourcePlan.plan(request, tree)) {
      field(sha, "source");
      field(sha, source.written());
      for (SourcePlan.Item item : source.items()) {
        field(sha, "item");
        field(sha, item.matched());
        walker.walk(item, new Recorder(sha, owners));
      }
    }
    return new Digest("sha256", HexFormat.of().formatHex(sha.digest()));
  }

  /** How many files were read and hashed (not answered from the memo). */
  int reads() {
    return reads.get();
  }

  /** How many content digests are memoized. */
  public int memoized() {
    return contents.size();
  }

  /** Writes entries as the copier would create them (walked-through directories lazily). */
  private final class Recorder implements SourceWalker.Visitor {
    private final MessageDigest sha;
    private final boolean owners;
    private final Deque<SourceWalker.Entry> pending = new ArrayDeque<>();
    private final Deque<Boolean> recorded = new ArrayDeque<>();

    Recorder(MessageDigest sha, boolean owners) {
      this.sha = sha;
      this.owners = owners;
    }

    @Override
    public void enterDirectory(SourceWalker.Entry entry, boolean included) throws IOException {
      if (included) {
        flushPending();
        record(entry);
      } else {
        pending.addLast(entry);
      }
      recorded.push(included);
    }

    @Override
    public void leaveDirectory(SourceWalker.Entry entry, boolean included) {
      recorded.pop();
      if (!pending.isEmpty() && pending.peekLast() == entry) {
        pending.removeLast();
      }
    }

    @Override
    public void leaf(SourceWalker.Entry entry) throws IOException {
      flushPending();
      record(entry);
    }

    private void flushPending() throws IOException {
      while (!pending.isEmpty()) {
        record(pending.removeFirst());
      }
    }

    private void record(SourceWalker.Entry entry) throws IOException {
      FileStat stat = entry.stat();
      field(sha, "entry");
      field(sha, entry.relative());
      field(
          sha,
          Integer.toOctalString(stat.type() == FileStat.S_IFSOCK ? FileStat.S_IFREG : stat.type()));
      field(sha, Integer.toOctalString(stat.permissions()));
      if (owners) {
        field(sha, stat.uid() + ":" + stat.gid());
      }
      switch (stat.type()) {
        case FileStat.S_IFREG -> sha.update(content(entry.host(), stat, !owners));
        case FileStat.S_IFLNK -> field(sha, Files.readSymbolicLink(entry.host()).toString());
        case FileStat.S_IFCHR, FileStat.S_IFBLK -> field(sha, stat.major() + "," + stat.minor());
        default -> {
          // directories, fifos, sockets: type and mode say it all
        }
      }
    }
  }

  /** {@code keep}: worth remembering for later builds (the context; not a stage's snapshot). */
  private byte[] content(Path path, FileStat stat, boolean keep) throws IOException {
    FileKey key =
        new FileKey(
            path.toString(),
            stat.device(),
            stat.inode(),
            stat.size(),
            stat.modified().to(java.util.concurrent.TimeUnit.NANOSECONDS),
            stat.changed().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    byte[] known = contents.get(key);
    if (known != null) {
      return known;
    }
    known = keep ? loaded.get(key) : null;
    if (known != null) {
      contents.put(key, known);
      settled.put(key, known);
      return known;
    }
    long readAt = System.currentTimeMillis();
    reads.incrementAndGet();
    MessageDigest sha = sha256();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
    try (FileChannel in =
        FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      while (in.read(buffer) >= 0) {
        buffer.flip();
        sha.update(buffer);
        buffer.clear();
      }
    }
    byte[] digest = sha.digest();
    contents.put(key, digest);
    if (keep
        && stat.changed().toMillis() < readAt - settledMillis
        && stat.modified().toMillis() < readAt - settledMillis) {
      settled.put(key, digest);
    }
    return digest;
  }

  private static void field(MessageDigest sha, String value) {
    sha.update(value.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
