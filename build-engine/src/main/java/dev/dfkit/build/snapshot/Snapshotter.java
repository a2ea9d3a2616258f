package dev.dfkit.build.snapshot;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.layer.Commands;
import dev.dfkit.build.layer.FileTrees;
import dev.dfkit.build.layer.LayerApplier;
import dev.dfkit.build.layer.LayerWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Overlayfs snapshots under {@code <store root>/snapshots/}.
 *
 * <pre>
 * snapshots/layers/&lt;diff id hex&gt;/   a layer unpacked once, in overlay form, shared read-only
 * snapshots/flat/&lt;hash&gt;/           the bottom of a very long chain merged into one directory
 * snapshots/active/&lt;id&gt;/            one snapshot: upper/ work/ merged/ (the mount point), lock
 * snapshots/empty/                  the lower directory of a snapshot with no layers (FROM scratch)
 * </pre>
 *
 * <p>A layer is unpacked by {@link #layer} with {@link LayerApplier#overlayLower()}: its whiteouts
 * become overlayfs whiteouts and opaque markers, so the directory does not depend on the layers
 * below and is shared by every chain that holds that diff ID. {@link #prepare} mounts an overlay
 * over a chain of such directories ({@code userxattr}, so opaque markers are {@code
 * user.overlay.opaque} and need no native code to read); {@link #commit} unmounts it and hands back
 * the upper directory for {@link LayerWriter}; {@link #adopt} can then keep that upper directory as
 * the unpacked form of the new layer. Snapshots are counted ({@link #acquire}, {@link #release}):
 * the last release unmounts (falling back to a lazy {@code MNT_DETACH} unmount) and deletes the
 * snapshot. A snapshot in use holds a lock file, so {@link #prune} in any process removes only
 * snapshots nobody holds (left over by a crash).
 *
 * <p>Mounting uses the {@code mount} and {@code umount} commands: Java 17 has no mount(2) without
 * JNI, and a native library would have to be built and shipped per platform. The commands run with
 * the snapshots directory as working directory and name lower directories relative to it, which
 * keeps the option string short: the kernel takes mount options in one page (4096 bytes), about 60
 * layers this way. A longer chain has its bottom layers merged into one directory under {@code
 * flat/} (cached by the chain's identity), keeping as many top layers separate as fit; stacking
 * overlays was not chosen because overlayfs allows only two levels of stacking and the extra mounts
 * would need their own reference counting.
 */
public final class Snapshotter implements Closeable {
  private final java.util.Map<String, Object> unpacking =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Room for the mount options: one page, less the terminating NUL and a margin. */
  static final int MAX_OPTIONS = 4000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;
  private final Path layers;
  private final Path flat;
  private final Path active;
  private final Path empty;
  private final Map<String, Held> held = new HashMap<>();

  private Snapshotter(Path root) {
    this.root = root;
    this.layers = root.resolve("layers");
    this.flat = root.resolve("flat");
    this.active = root.resolve("active");
    this.empty = root.resolve("empty");
  }

  /** Opens the snapshots of the store at {@code storeRoot} (its {@code snapshots/} directory). */
  public static Snapshotter open(Path storeRoot) throws IOException {
    Snapshotter s = new Snapshotter(storeRoot.toAbsolutePath().normalize().resolve("snapshots"));
    Files.createDirectories(s.layers);
    Files.createDirectories(s.flat);
    Files.createDirectories(s.active);
    Files.createDirectories(s.empty);
    return s;
  }

  public Path root() {
    return root;
  }

  // ---- layers --------------------------------------------------------------------------------

  /**
   * The unpacked form of a layer, made once per diff ID: the blob is verified against its digest
   * and its uncompressed tar against {@code diffId}.
   */
  public Path layer(ContentStore store, Descriptor blob, Digest diffId) throws IOException {
    Path dir = layers.resolve(diffId.hex());
    if (Files.isDirectory(dir)) {
      return dir;
    }
    // Stages built in parallel often share a base layer: unpack it once, the others wait.
    synchronized (unpacking.computeIfAbsent(diffId.hex(), k -> new Object())) {
      if (Files.isDirectory(dir)) {
        return dir;
      }
      return unpack(store, blob, diffId, dir);
    }
  }

  private Path unpack(ContentStore store, Descriptor blob, Digest diffId, Path dir)
      throws IOException {
    Path tmp = Files.createTempDirectory(layers, ".tmp-" + diffId.shortHex() + "-");
    try {
      Digest actual = LayerApplier.overlayLower().apply(store, blob, tmp);
      if (!actual.equals(diffId)) {
        throw new IOException(
            "layer " + blob.digest() + " has diff ID " + actual + ", not " + diffId);
      }
      return publish(tmp, dir);
    } finally {
      FileTrees.delete(tmp);
    }
  }

  /** Whether the layer with this diff ID is unpacked already. */
  public boolean hasLayer(Digest diffId) {
    return Files.isDirectory(layers.resolve(diffId.hex()));
  }

  private static Path publish(Path tmp, Path dir) throws IOException {
    try {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the snapshots directory must be on one file system", e);
    } catch (java.nio.file.FileSystemException e) {
      // rename(2) fails with ENOTEMPTY when another process unpacked it first: same content.
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
    return dir;
  }

  // ---- snapshots -----------------------------------------------------------------------------

  /**
   * Mounts a new writable snapshot over {@code chain} (layer directories, bottom first; empty for a
   * scratch file system). The caller holds one reference.
   */
  public synchronized Snapshot prepare(List<Path> chain) throws IOException {
    String id = HexFormat.of().formatHex(RANDOM.generateSeed(10));
    Path dir = active.resolve(id);
    Files.createDirectories(dir);
    FileChannel lockFile = null;
    boolean mounted = false;
    try {
      lockFile =
          FileChannel.open(
              dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = lockFile.lock();
      Path upper = Files.createDirectory(dir.resolve("upper"));
      Path work = Files.createDirectory(dir.resolve("work"));
      Path merged = Files.createDirectory(dir.resolve("merged"));
      List<Path> lowers = fitLowers(chain, upper, work);
      Files.writeString(dir.resolve("lowers"), joinLines(chain));
      mount(lowers, upper, work, merged);
      mounted = true;
      Snapshot s = new Snapshot(id, merged, upper, work, lowers);
      held.put(id, new Held(s, lockFile, lock));
      return s;
    } catch (IOException | RuntimeException e) {
      if (mounted) {
        unmountQuietly(dir.resolve("merged"));
      }
      if (lockFile != null) {
        lockFile.close();
      }
      FileTrees.delete(dir);
      throw e;
    }
  }

  /** Takes one more reference to a snapshot. */
  public synchronized void acquire(Snapshot s) {
    Held h = held.get(s.id());
    if (h == null) {
      throw new IllegalStateException("snapshot " + s.id() + " was released");
    }
    h.refs++;
  }

  /** Drops one reference; the last one unmounts and deletes the snapshot. */
  public synchronized void release(Snapshot s) throws IOException {
    Held h = held.get(s.id());
    if (h == null) {
      return;
    }
    if (--h.refs > 0) {
      return;
    }
    held.remove(s.id());
    Path dir = active.resolve(s.id());
    try {
      if (h.mounted) {
        unmount(s.mountpoint());
      }
      FileTrees.delete(dir);
    } finally {
      h.channel.close();
    }
  }

  /** The number of references held on a snapshot (0 once released). */
  public synchronized int references(Snapshot s) {
    Held h = held.get(s.id());
    return h == null ? 0 : h.refs;
  }

  /**
   * Unmounts the snapshot and returns its upper directory, ready for {@link LayerWriter} (an
   * overlay upper must not be read while mounted and written to). The snapshot stays held.
   */
  public synchronized Path commit(Snapshot s) throws IOException {
    Held h = held.get(s.id());
    if (h == null) {
      throw new IllegalStateException("snapshot " + s.id() + " was released");
    }
    if (h.mounted) {
      unmount(s.mountpoint());
      h.mounted = false;
    }
    FileTrees.delete(s.work());
    return s.upper();
  }

  /**
   * Keeps a committed snapshot's upper directory as the unpacked form of the layer written from it
   * (so the next step does not unpack that layer again) and returns the layer directory. The
   * snapshot must still be released.
   */
  public synchronized Path adopt(Snapshot s, Digest diffId) throws IOException {
    Held h = held.get(s.id());
    if (h == null || h.mounted) {
      throw new IllegalStateException("snapshot " + s.id() + " is not committed");
    }
    Path dir = layers.resolve(diffId.hex());
    if (Files.isDirectory(dir)) {
      return dir;
    }
    if (!Files.isDirectory(s.upper())) {
      throw new IllegalStateException("snapshot " + s.id() + " was adopted already");
    }
    return publish(s.upper(), dir);
  }

  /**
   * Removes snapshots that no process holds (left by a crash), unmounting them first, and
   * unfinished unpacked layers. Safe while builds run.
   */
  public synchronized List<String> prune() throws IOException {
    List<String> removed = new ArrayList<>();
    Set<Path> mounts = mountPoints();
    try (Stream<Path> s = Files.list(active)) {
      for (Path dir : s.toList()) {
        String id = dir.getFileName().toString();
        if (held.containsKey(id)) {
          continue;
        }
        if (!unheld(dir)) {
          continue;
        }
        Path merged = dir.resolve("merged");
        if (mounts.contains(merged)) {
          unmount(merged);
        }
        FileTrees.delete(dir);
        removed.add(id);
      }
    }
    for (Path base : List.of(layers, flat)) {
      try (Stream<Path> s = Files.list(base)) {
        for (Path dir : s.toList()) {
          if (dir.getFileName().toString().startsWith(".tmp-")
              && Files.getLastModifiedTime(dir).toMillis()
                  < System.currentTimeMillis() - 3_600_000L) {
            FileTrees.delete(dir); // an unpack that died more than an hour ago
          }
        }
      }
    }
    return removed;
  }

  /**
   * Removes unpacked layers and merged chains that no snapshot on disk uses. Run it when no build
   * is running: a build may be about to mount a layer directory it already holds.
   */
  public synchronized List<Path> pruneLayers() throws IOException {
    prune();
    Set<Path> used = new HashSet<>();
    try (Stream<Path> s = Files.list(active)) {
      for (Path dir : s.toList()) {
        Path lowers = dir.resolve("lowers");
        if (Files.isRegularFile(lowers)) {
          for (String line : Files.readAllLines(lowers)) {
            if (!line.isBlank()) {
              used.add(Path.of(line));
            }
          }
        }
      }
    }
    List<Path> removed = new ArrayList<>();
    for (Path base : List.of(layers, flat)) {
      try (Stream<Path> s = Files.list(base)) {
        for (Path dir : s.toList()) {
          if (!used.contains(dir)) {
            FileTrees.delete(dir);
            removed.add(dir);
          }
        }
      }
    }
    return removed;
  }

  /** Releases every snapshot this instance still holds. */
  @Override
  public synchronized void close() throws IOException {
    IOException first = null;
    for (Held h : new ArrayList<>(held.values())) {
      h.refs = 1;
      try {
        release(h.snapshot);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static boolean unheld(Path dir) throws IOException {
    Path lockPath = dir.resolve("lock");
    if (!Files.exists(lockPath)) {
      return true; // died before it even locked
    }
    try (FileChannel ch = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  // ---- mounting ------------------------------------------------------------------------------

  /**
   * The lower directories to mount (top first, as overlayfs wants them), merging the bottom of the
   * chain when the options would not fit in a page.
   */
  private List<Path> fitLowers(List<Path> chain, Path upper, Path work) throws IOException {
    List<Path> bottomFirst = chain.isEmpty() ? List.of(empty) : chain;
    for (Path p : bottomFirst) {
      if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("layer directory missing: " + p);
      }
    }
    if (options(topFirst(bottomFirst), upper, work).length() <= MAX_OPTIONS) {
      return topFirst(bottomFirst);
    }
    // keep as many top layers as fit beside one merged directory for the rest
    int keep = bottomFirst.size() - 1;
    while (keep > 0) {
      List<Path> candidate = new ArrayList<>();
      candidate.add(flat.resolve("x".repeat(64)));
      candidate.addAll(bottomFirst.subList(bottomFirst.size() - keep, bottomFirst.size()));
      if (options(topFirst(candidate), upper, work).length() <= MAX_OPTIONS) {
        break;
      }
      keep--;
    }
    List<Path> bottom = bottomFirst.subList(0, bottomFirst.size() - keep);
    List<Path> out = new ArrayList<>();
    out.add(merge(bottom));
    out.addAll(bottomFirst.subList(bottomFirst.size() - keep, bottomFirst.size()));
    return topFirst(out);
  }

  /** Merges layer directories (bottom first) into one plain directory, cached by their list. */
  private Path merge(List<Path> bottomFirst) throws IOException {
    String key = Digest.of(joinLines(bottomFirst)).hex();
    Path dir = flat.resolve(key);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Path tmp = Files.createTempDirectory(flat, ".tmp-");
    try {
      for (Path layer : bottomFirst) {
        copyLayer(layer, tmp);
      }
      return publish(tmp, dir);
    } finally {
      FileTrees.delete(tmp);
    }
  }

  /** Applies one overlay-form layer directory onto a merged directory (whiteouts delete). */
  private static void copyLayer(Path layer, Path target) throws IOException {
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    IOException[] failed = new IOException[1];
    Thread writer =
        new Thread(
            () -> {
              try (out) {
                LayerWriter.create().writeTar(layer, out);
              } catch (IOException e) {
                failed[0] = e;
              }
            },
            "merge-" + layer.getFileName());
    writer.start();
    try (in) {
      LayerApplier.merging().apply(in, target);
    } finally {
      try {
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while merging layers", e);
      }
    }
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  private static List<Path> topFirst(List<Path> bottomFirst) {
    List<Path> out = new ArrayList<>(bottomFirst);
    java.util.Collections.reverse(out);
    return out;
  }

  private String options(List<Path> lowersTopFirst, Path upper, Path work) {
    StringBuilder lower = new StringBuilder();
    for (Path p : lowersTopFirst) {
      if (lower.length() > 0) {
        lower.append(':');
      }
      lower.append(p.startsWith(root) ? root.relativize(p).toString() : p.toString());
    }
    return "userxattr,lowerdir="
        + lower
        + ",upperdir="
        + root.relativize(upper)
        + ",workdir="
        + root.relativize(work);
  }

  private void mount(List<Path> lowersTopFirst, Path upper, Path work, Path target)
      throws IOException {
    String opts = options(lowersTopFirst, upper, work);
    List<String> cmd = List.of("mount", "-t", "overlay", "overlay", "-o", opts, target.toString());
    Process p =
        new ProcessBuilder(cmd)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc;
    try {
      rc = p.waitFor();
    } catch (InterruptedException e) {
      try {
        rc = p.waitFor();
      } catch (InterruptedException again) {
        rc = -1;
      }
      Thread.currentThread().interrupt();
    }
    if (rc != 0) {
      throw new IOException(
          "could not mount the overlay snapshot at "
              + target
              + " (mount exited with "
              + rc
              + "): "
              + out.strip()
              + " — overlayfs needs root (or a user namespace) and a kernel with userxattr"
              + " support (5.11 or later)");
    }
  }

  /** Unmounts; a busy mount is detached lazily (MNT_DETACH) instead. */
  static void unmount(Path target) throws IOException {
    Commands.Result r = Commands.exec(List.of("umount", target.toString()));
    if (r.exitCode() == 0) {
      return;
    }
    Commands.Result lazy = Commands.exec(List.of("umount", "-l", target.toString()));
    if (lazy.exitCode() != 0 && mountPoints().contains(target)) {
      throw new IOException(
          "could not unmount " + target + ": " + r.output().strip() + "; " + lazy.output().strip());
    }
  }

  private static void unmountQuietly(Path target) {
    try {
      unmount(target);
    } catch (IOException e) {
      // reported by the caller's original failure
    }
  }

  /** Every mount point of this mount namespace, from {@code /proc/self/mountinfo}. */
  public static Set<Path> mountPoints() throws IOException {
    Set<Path> out = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
      String[] f = line.split(" ");
      if (f.length > 4) {
        out.add(Path.of(unescapeMountinfo(f[4])));
      }
    }
    return out;
  }

  private static String unescapeMountinfo(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 3 < s.length()) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String joinLines(List<Path> paths) {
    StringBuilder b = new StringBuilder();
    for (Path p : paths) {
      b.append(p).append('\n');
    }
    return b.toString();
  }

  /** A snapshot this instance holds. */
  private static final class Held {
    final Snapshot snapshot;
    final FileChannel channel;
    final FileLock lock;
    int refs = 1;
    boolean mounted = true;

    Held(Snapshot snapshot, FileChannel channel, FileLock lock) {
      this.snapshot = snapshot;
      this.channel = channel;
      this.lock = lock;
    }
  }
}
