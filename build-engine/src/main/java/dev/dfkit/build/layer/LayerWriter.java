package dev.dfkit.build.layer;

import dev.dfkit.build.content.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * Turns a directory into a layer tar in OCI form: an overlay upper directory (its whiteouts become
 * {@code .wh.NAME} entries and its opaque directories {@code DIR/.wh..wh..opq}) or a whole root
 * file system.
 *
 * <p>The tar is reproducible: entries come depth first with siblings sorted by name, each directory
 * before what it holds (and its opaque marker right after it); uid, gid, mode (set-id and sticky
 * bits included), modification time (optionally clamped, like {@code SOURCE_DATE_EPOCH}), {@code
 * user.*} and {@code security.capability} attributes are kept; user and group names, access and
 * change times are not. Files linked to each other inside the directory become one file and
 * hard-link entries; symlinks stay symlinks; device files and FIFOs are kept; sockets are left out
 * (tar cannot hold them).
 *
 * <p>{@link Builder#dropMountStubs} names paths the runtime may have created only as mount targets
 * ({@code proc}, {@code etc/hosts} …); they are left out while they are still empty.
 */
public final class LayerWriter {

  /** The mount targets runc creates when a rootfs lacks them (see {@code RuntimeSpecBuilder}). */
  public static final Set<String> RUNTIME_MOUNT_STUBS =
      Set.of(
          "proc",
          "sys",
          "dev",
          "etc/hosts",
          "etc/resolv.conf",
          "etc/hostname",
          "dev/pts",
          "dev/shm",
          "dev/mqueue",
          "sys/fs/cgroup");

  private static final String XATTR_SCAN = "^(security\\.capability|trusted\\.overlay\\.opaque)$";

  private final Long mtimeClamp;
  private final Set<String> mountStubs;
  private final WhiteoutMarkers markers;
  private final int compressionLevel;

  private LayerWriter(Builder b) {
    this.mtimeClamp = b.mtimeClamp;
    this.mountStubs = Set.copyOf(b.mountStubs);
    this.markers = b.markers;
    this.compressionLevel = b.compressionLevel;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A writer with the defaults: overlayfs markers, no clamping, nothing dropped. */
  public static LayerWriter create() {
    return builder().build();
  }

  /**
   * Writes {@code dir} as a gzip layer into the store and returns its descriptor and diff ID,
   * computed in the same pass.
   */
  public Layer write(Path dir, ContentStore store) throws IOException {
    try (LayerOutput out = new LayerOutput(store, compressionLevel)) {
      writeEntries(dir, out.tar());
      return out.commit();
    }
  }

  /** Writes {@code dir} as an uncompressed tar to {@code out} (not closed). */
  public void writeTar(Path dir, OutputStream out) throws IOException {
    TarWriter tar = new TarWriter(out);
    writeEntries(dir, tar);
    tar.finish();
  }

  void writeEntries(Path dir, TarWriter tar) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("not a directory: " + dir);
    }
    Walk walk = new Walk(tar, Xattrs.scan(dir, XATTR_SCAN));
    walk.children(dir, "");
  }

  private long clamp(FileTime t) {
    long s = t.toMillis() / 1000;
    if (t.toMillis() < 0 && t.toMillis() % 1000 != 0) {
      s--;
    }
    return mtimeClamp != null && s > mtimeClamp ? mtimeClamp : s;
  }

  /** One walk over a directory tree. */
  private final class Walk {
    private final TarWriter tar;
    private final Map<Path, Map<String, byte[]>> systemXattrs;
    private final Map<String, String> links = new HashMap<>();

    Walk(TarWriter tar, Map<Path, Map<String, byte[]>> systemXattrs) {
      this.tar = tar;
      this.systemXattrs = systemXattrs;
    }

    void children(Path dir, String rel) throws IOException {
      List<Child> children = new ArrayList<>();
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Map<String, Object> unix = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
          String name = p.getFileName().toString();
          String childRel = rel.isEmpty() ? name : rel + "/" + name;
          Optional<String> hidden = markers.hidden(p, unix);
          if (hidden.isPresent()) {
            String wh = (rel.isEmpty() ? "" : rel + "/") + ".wh." + hidden.get();
            children.add(new Child(wh, p, unix, childRel, true));
          } else {
            children.add(new Child(childRel, p, unix, childRel, false));
          }
        }
      }
      children.sort((a, b) -> a.tarName.compareTo(b.tarName));
      for (Child c : children) {
        entry(c);
      }
    }

    private void entry(Child c) throws IOException {
      Map<String, Object> unix = c.unix;
      int mode = (Integer) unix.get("mode");
      long uid = ((Number) unix.get("uid")).longValue();
      long gid = ((Number) unix.get("gid")).longValue();
      long mtime = clamp((FileTime) unix.get("lastModifiedTime"));
      if (c.whiteout) {
        tar.write(TarEntry.file(c.tarName, 0, 0, 0, 0, mtime), InputStream.nullInputStream());
        return;
      }
      int type = mode & 0170000;
      int perm = mode & 07777;
      switch (type) {
        case 0040000 -> directory(c, perm, uid, gid, mtime);
        case 0100000 -> file(c, perm, uid, gid, mtime);
        case 0120000 -> {
          String target = Files.readSymbolicLink(c.path).toString();
          tar.write(
              new TarEntry(
                  c.tarName,
                  TarEntry.Type.SYMLINK,
                  perm,
                  uid,
                  gid,
                  0,
                  mtime,
                  target,
                  0,
                  0,
                  Map.of()),
              null);
        }
        case 0020000, 0060000 -> {
          long rdev = (Long) unix.get("rdev");
          TarEntry.Type t =
              type == 0020000 ? TarEntry.Type.CHAR_DEVICE : TarEntry.Type.BLOCK_DEVICE;
          tar.write(
              new TarEntry(
                  c.tarName, t, perm, uid, gid, 0, mtime, "", major(rdev), minor(rdev), Map.of()),
              null);
        }
        case 0010000 ->
            tar.write(
                new TarEntry(
                    c.tarName, TarEntry.Type.FIFO, perm, uid, gid, 0, mtime, "", 0, 0, Map.of()),
                null);
        default -> {
          // sockets (and anything stranger) have no tar form
        }
      }
    }

    private void directory(Child c, int perm, long uid, long gid, long mtime) throws IOException {
      boolean empty;
      try (Stream<Path> s = Files.list(c.path)) {
        empty = s.findAny().isEmpty();
      }
      if (empty && mountStubs.contains(c.rel)) {
        return;
      }
      Map<String, byte[]> all = xattrs(c.path, true);
      tar.write(
          new TarEntry(
              c.tarName + "/",
              TarEntry.Type.DIRECTORY,
              perm,
              uid,
              gid,
              0,
              mtime,
              "",
              0,
              0,
              kept(all)),
          null);
      if (markers.opaque(c.path, all)) {
        tar.write(
            TarEntry.file(c.tarName + "/.wh..wh..opq", 0, 0, 0, 0, mtime),
            InputStream.nullInputStream());
      }
      children(c.path, c.tarName);
    }

    private void file(Child c, int perm, long uid, long gid, long mtime) throws IOException {
      long size = ((Number) c.unix.get("size")).longValue();
      if (size == 0 && mountStubs.contains(c.rel)) {
        return;
      }
      int nlink = ((Number) c.unix.get("nlink")).intValue();
      if (nlink > 1) {
        String key = c.unix.get("dev") + ":" + c.unix.get("ino");
        String first = links.putIfAbsent(key, c.tarName);
        if (first != null) {
          tar.write(TarEntry.hardlink(c.tarName, first, uid, gid, mtime), null);
          return;
        }
      }
      Map<String, byte[]> x = kept(xattrs(c.path, true));
      try (InputStream in =
          Files.newInputStream(c.path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        tar.write(
            new TarEntry(c.tarName, TarEntry.Type.FILE, perm, uid, gid, size, mtime, "", 0, 0, x),
            in);
      }
    }

    private Map<String, byte[]> xattrs(Path p, boolean userToo) {
      Map<String, byte[]> out = new TreeMap<>();
      if (userToo) {
        out.putAll(Xattrs.readUser(p));
      }
      Map<String, byte[]> sys = systemXattrs.get(p.toAbsolutePath());
      if (sys != null) {
        out.putAll(sys);
      }
      return out;
    }
  }

  /** The attributes a layer keeps: {@code user.*} (but overlayfs's own) and file capabilities. */
  static Map<String, byte[]> kept(Map<String, byte[]> all) {
    Map<String, byte[]> out = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : all.entrySet()) {
      String n = e.getKey();
      if ((n.startsWith("user.") && !n.startsWith("user.overlay."))
          || Xattrs.KEPT_SYSTEM.contains(n)) {
        out.put(n, e.getValue());
      }
    }
    return out;
  }

  static int major(long rdev) {
    return (int) (((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL));
  }

  static int minor(long rdev) {
    return (int) ((rdev & 0xff) | ((rdev >>> 12) & ~0xffL));
  }

  private record Child(
      String tarName, Path path, Map<String, Object> unix, String rel, boolean whiteout) {}

  /** Options of a {@link LayerWriter}. */
  public static final class Builder {
    private Long mtimeClamp;
    private final java.util.Set<String> mountStubs = new java.util.HashSet<>();
    private WhiteoutMarkers markers = WhiteoutMarkers.OVERLAYFS;
    private int compressionLevel = Deflater.DEFAULT_COMPRESSION;

    private Builder() {}

    /** Modification times later than this (seconds since the epoch) are written as this. */
    public Builder clampMtime(long epochSeconds) {
      this.mtimeClamp = epochSeconds;
      return this;
    }

    /**
     * Paths (relative, like {@code etc/hosts}) to leave out while they are empty: mount targets the
     * runtime created. {@link #RUNTIME_MOUNT_STUBS} lists those of dfbuild's runtime spec.
     */
    public Builder dropMountStubs(Collection<String> paths) {
      for (String p : paths) {
        try {
          mountStubs.add(RootPath.clean(p.startsWith("/") ? p.substring(1) : p));
        } catch (UnsafeEntryException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }
      return this;
    }

    public Builder whiteoutMarkers(WhiteoutMarkers m) {
      this.markers = m;
      return this;
    }

    /** Writes a plain tar (media type {@code ...layer.v1.tar}): no gzip, much faster. */
    public Builder uncompressed() {
      this.compressionLevel = LayerOutput.UNCOMPRESSED;
      return this;
    }

    /** gzip level, 0 (store) to 9 (best); the default is gzip's default (6). */
    public Builder compressionLevel(int level) {
      this.compressionLevel = level;
      return this;
    }

    public LayerWriter build() {
      return new LayerWriter(this);
    }
  }
}
