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
 * time) and is meant to live for one build; it is safe to share between threads.
 */
public final class ContextHasher {

  private record FileKey(
      String path, long device, long inode, long size, long modified, long changed) {}

  private final Map<FileKey, byte[]> contents = new ConcurrentHashMap<>();

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
        case FileStat.S_IFREG -> sha.update(content(entry.host(), stat));
        case FileStat.S_IFLNK -> field(sha, Files.readSymbolicLink(entry.host()).toString());
        case FileStat.S_IFCHR, FileStat.S_IFBLK -> field(sha, stat.major() + "," + stat.minor());
        default -> {
          // directories, fifos, sockets: type and mode say it all
        }
      }
    }
  }

  private byte[] content(Path path, FileStat stat) throws IOException {
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
