package dev.dfkit.build.layer;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.Descriptor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a layer (tar or tar+gzip) onto a directory, safely: an entry never writes outside the
 * target. Names must be relative and free of {@code ..}; a symlink on the way to an entry is
 * followed only when its target is relative and stays inside the target, and an existing file at an
 * entry's path is replaced, never written through. A refused entry fails the whole apply with an
 * {@link UnsafeEntryException} that names it.
 *
 * <p>Deletions follow the OCI image spec. With {@link Whiteouts#DELETE} ({@code .wh.NAME} deletes
 * NAME, {@code .wh..wh..opq} empties its directory of what lower layers put there) the target
 * becomes the merged file system. With {@link Whiteouts#OVERLAY} they become overlayfs markers
 * instead (a 0/0 character device, {@code user.overlay.opaque=y}), so the target can serve as one
 * lower directory of an overlay mount with {@code userxattr}. Whiteouts only ever hide what lower
 * layers hold, never an entry of the same layer.
 *
 * <p>Ownership is restored when running as root; modes (set-id and sticky bits too), modification
 * times, hard links, symlinks, device files, FIFOs and extended attributes are restored always
 * (devices need root).
 */
public final class LayerApplier {

  /** What whiteout entries turn into. */
  public enum Whiteouts {
    /** Delete what they hide: the target becomes the merged file system. */
    DELETE,
    /** Write overlayfs whiteouts and opaque markers: the target is an overlay lower directory. */
    OVERLAY
  }

  private static final String WH = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";

  private final Whiteouts whiteouts;
  private final boolean restoreOwners;

  private LayerApplier(Whiteouts whiteouts, boolean restoreOwners) {
    this.whiteouts = whiteouts;
    this.restoreOwners = restoreOwners;
  }

  /** An applier that deletes what whiteouts hide, restoring owners when running as root. */
  public static LayerApplier merging() {
    return new LayerApplier(Whiteouts.DELETE, Processes.isRoot());
  }

  /** An applier that writes overlayfs whiteouts (needs root for the device nodes). */
  public static LayerApplier overlayLower() {
    return new LayerApplier(Whiteouts.OVERLAY, Processes.isRoot());
  }

  public LayerApplier restoringOwners(boolean restore) {
    return new LayerApplier(whiteouts, restore);
  }

  /**
   * Applies a layer blob from the store (gzip or not, detected from its first bytes); the blob is
   * verified against its digest.
   *
   * @return the diff ID: the digest of the uncompressed tar
   */
  public Digest apply(ContentStore store, Descriptor layer, Path target) throws IOException {
    try (InputStream in = store.open(layer.digestValue())) {
      Digest diffId = apply(in, target);
      in.transferTo(OutputStream.nullOutputStream()); // let the store verify the digest
      return diffId;
    }
  }

  /**
   * Applies a tar or tar+gzip stream (not closed) onto {@code target}.
   *
   * @return the diff ID: the digest of the uncompressed tar, read to its end
   */
  public Digest apply(InputStream archive, Path target) throws IOException {
    InputStream in = new BufferedInputStream(archive, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    MessageDigest md = sha256();
    in = new BufferedInputStream(new DigestInputStream(in, md), 1 << 16);
    Files.createDirectories(target);
    Run run = new Run(target.toAbsolutePath().normalize());
    TarReader tar = new TarReader(in);
    for (TarEntry e; (e = tar.next()) != null; ) {
      run.entry(e, tar.content());
    }
    run.finish();
    in.transferTo(OutputStream.nullOutputStream());
    return new Digest("sha256", HexFormat.of().formatHex(md.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state of one apply. */
  private final class Run {
    private final Path root;
    private final Set<String> written = new HashSet<>();
    private final List<DirMeta> dirs = new ArrayList<>();

    Run(Path root) {
      this.root = root;
    }

    void entry(TarEntry e, InputStream content) throws IOException {
      String name = RootPath.clean(e.name());
      if (name.isEmpty()) {
        if (e.isDirectory()) {
          dirs.add(new DirMeta(root, e));
        }
        return;
      }
      int slash = name.lastIndexOf('/');
      String base = name.substring(slash + 1);
      String parentName = slash < 0 ? "" : name.substring(0, slash);
      if (base.startsWith(WH)) {
        whiteout(e, name, parentName, base);
        return;
      }
      Path parent = RootPath.parentOf(root, name, true);
      Path path = parent.resolve(base);
      boolean keepDir = e.isDirectory() && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
      if (!keepDir && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        if (e.type() == TarEntry.Type.HARDLINK && isSameLink(e, path)) {
          written.add(name);
          return;
        }
        delete(path);
      }
      switch (e.type()) {
        case DIRECTORY -> {
          if (!keepDir) {
            Files.createDirectory(path);
          }
          dirs.add(new DirMeta(path, e));
          written.add(name);
          setXattrs(path, e);
          return; // owner, mode and time are set at the end, after the children are in
        }
        case FILE -> {
          try (OutputStream out =
              Files.newOutputStream(
                  path,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS)) {
            content.transferTo(out);
          }
        }
        case SYMLINK -> Files.createSymbolicLink(path, Path.of(e.linkName()));
        case HARDLINK -> {
          Path source = linkSource(e, name);
          Files.createLink(path, source);
          written.add(name);
          return; // the link shares the metadata of its source
        }
        case CHAR_DEVICE, BLOCK_DEVICE, FIFO -> mknod(path, e);
      }
      written.add(name);
      setOwner(path, e);
      if (e.type() != TarEntry.Type.SYMLINK) {
        Files.setAttribute(path, "unix:mode", e.mode() & 07777);
      }
      if (e.type() == TarEntry.Type.FILE) {
        setXattrs(path, e);
      }
      if (e.type() == TarEntry.Type.FILE || e.type() == TarEntry.Type.SYMLINK) {
        setMtime(path, e.mtime());
      } else {
        // Java sets times through an open file descriptor: opening a FIFO blocks and opening a
        // device may have effects, so special files get theirs from touch (utimensat, no open)
        touch(path, e.mtime());
      }
    }

    private void touch(Path path, long seconds) {
      try {
        Commands.exec(List.of("touch", "-c", "-h", "-d", "@" + seconds, path.toString()));
      } catch (IOException ignored) {
        // a time is not worth failing for
      }
    }

    private boolean isSameLink(TarEntry e, Path path) throws IOException {
      Path source = linkSource(e, e.name());
      return Files.isSameFile(source, path);
    }

    private Path linkSource(TarEntry e, String name) throws IOException {
      String target;
      try {
        target = RootPath.clean(e.linkName());
      } catch (UnsafeEntryException bad) {
        throw new UnsafeEntryException(
            e.name(), "its hard link target " + e.linkName() + " is outside the layer");
      }
      if (target.isEmpty()) {
        throw new UnsafeEntryException(e.name(), "a hard link to the root directory");
      }
      Path parent = RootPath.parentOf(root, target, false);
      Path source =
          parent == null ? null : parent.resolve(target.substring(target.lastIndexOf('/') + 1));
      if (source == null || !Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(
            "tar entry \"" + name + "\": hard link target " + e.linkName() + " does not exist");
      }
      if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnsafeEntryException(name, "a hard link to a directory");
      }
      return source;
    }

    private void whiteout(TarEntry e, String name, String parentName, String base)
        throws IOException {
      if (base.equals(OPAQUE)) {
        Path dir = RootPath.parentOf(root, name, true);
        if (whiteouts == Whiteouts.OVERLAY) {
          Xattrs.write(dir, Xattrs.OPAQUE_USER, new byte[] {'y'});
          return;
        }
        try (Stream<Path> s = Files.list(dir)) {
          for (Path child : s.toList()) {
            String childName = (parentName.isEmpty() ? "" : parentName + "/") + child.getFileName();
            if (!written.contains(childName)) {
              delete(child);
            }
          }
        }
        return;
      }
      if (base.startsWith(WH + WH)) {
        return; // other aufs metadata (.wh..wh.plnk, .wh..wh.aufs): not content
      }
      String hidden = base.substring(WH.length());
      String hiddenName = parentName.isEmpty() ? hidden : parentName + "/" + hidden;
      RootPath.clean(hiddenName);
      if (hidden.equals(".") || hidden.equals("..") || hidden.isEmpty()) {
        throw new UnsafeEntryException(e.name(), "a whiteout for " + hidden);
      }
      if (written.contains(hiddenName)) {
        return; // a whiteout never hides an entry of its own layer
      }
      if (whiteouts == Whiteouts.OVERLAY) {
        Path dir = RootPath.parentOf(root, hiddenName, true);
        Path path = dir.resolve(hidden);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
          delete(path);
        }
        Commands.run(
            List.of("mknod", path.toString(), "c", "0", "0"), "create whiteout " + hiddenName);
        return;
      }
      Path dir = RootPath.parentOf(root, hiddenName, false);
      if (dir != null) {
        delete(dir.resolve(hidden));
      }
    }

    private void mknod(Path path, TarEntry e) throws IOException {
      List<String> cmd =
          switch (e.type()) {
            case CHAR_DEVICE ->
                List.of(
                    "mknod",
                    path.toString(),
                    "c",
                    Integer.toString(e.devMajor()),
                    Integer.toString(e.devMinor()));
            case BLOCK_DEVICE ->
                List.of(
                    "mknod",
                    path.toString(),
                    "b",
                    Integer.toString(e.devMajor()),
                    Integer.toString(e.devMinor()));
            default -> List.of("mknod", path.toString(), "p");
          };
      Commands.run(cmd, "create " + e.type().name().toLowerCase() + " " + e.name());
    }

    private void setOwner(Path path, TarEntry e) throws IOException {
      if (restoreOwners) {
        Files.setAttribute(path, "unix:uid", (int) e.uid(), LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", (int) e.gid(), LinkOption.NOFOLLOW_LINKS);
      }
    }

    private void setXattrs(Path path, TarEntry e) throws IOException {
      for (Map.Entry<String, byte[]> x : e.xattrs().entrySet()) {
        String n = x.getKey();
        if (n.startsWith("trusted.overlay.") || n.startsWith("user.overlay.")) {
          continue; // never let a layer forge overlay metadata
        }
        Xattrs.write(path, n, x.getValue());
      }
    }

    private void setMtime(Path path, long seconds) {
      try {
        FileTime t = FileTime.fromMillis(seconds * 1000);
        Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
            .setTimes(t, null, null);
      } catch (IOException | UnsupportedOperationException e) {
        // a time that cannot be set (a symlink on an old kernel) is not worth failing for
      }
    }

    void finish() throws IOException {
      for (int i = dirs.size() - 1; i >= 0; i--) {
        DirMeta d = dirs.get(i);
        setOwner(d.path, d.entry);
        Files.setAttribute(d.path, "unix:mode", d.entry.mode() & 07777);
        setMtime(d.path, d.entry.mtime());
      }
    }
  }

  private record DirMeta(Path path, TarEntry entry) {}

  /** Deletes a file, a symlink (not what it points to) or a whole directory tree. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(path);
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            // a read-only directory must become writable for its entries to go (not as root)
            try {
              Files.setAttribute(dir, "unix:mode", 0700);
            } catch (IOException ignored) {
              // best effort
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            try {
              Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
              throw e;
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
