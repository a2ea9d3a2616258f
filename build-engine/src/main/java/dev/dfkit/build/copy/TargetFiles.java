package dev.dfkit.build.copy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;

/**
 * Writes below the target root. Callers pass paths they have resolved inside the root; nothing here
 * follows a symbolic link at the path itself (ownership with {@code lchown}, times with {@code
 * lutimes}, modes only on paths known not to be links, no file opened through a link).
 */
final class TargetFiles {

  final Path root;
  final Tally tally;

  TargetFiles(Path root, Tally tally) {
    this.root = root;
    this.tally = tally;
  }

  /** A path as BuildKit shows it: relative to the target root, with a leading slash. */
  String display(Path host) {
    return host.equals(root) ? "/" : "/" + root.relativize(host);
  }

  /**
   * Creates the directory at {@code path} (inside the root, links resolved as in a chroot) and its
   * missing parents with {@code mode} and, when given, {@code owner}.
   *
   * @return where the directory is
   */
  Path mkdirAll(String path, int mode, Ownership owner) throws IOException {
    RootedPath.Resolved resolved = RootedPath.resolveClamped(root, path, true);
    if (resolved.exists()) {
      if (!resolved.stat().isDirectory()) {
        throw new CopyException(
            CopyException.Reason.CONFLICT,
            "mkdir " + display(resolved.host()) + ": not a directory");
      }
      return resolved.host();
    }
    Path current = root;
    for (String name : PathText.rawSegments(resolved.relative())) {
      current = current.resolve(name);
      FileStat stat = FileStat.lstat(current);
      if (stat != null) {
        if (!stat.isDirectory()) {
          throw new CopyException(
              CopyException.Reason.CONFLICT, "mkdir " + display(current) + ": not a directory");
        }
        continue;
      }
      Files.createDirectory(current);
      if (owner != null) {
        chown(current, owner);
      }
      Files.setAttribute(current, "unix:mode", mode & 07777);
    }
    return resolved.host();
  }

  /** BuildKit's {@code ensureEmptyFileTarget}: nothing there, or a non-directory removed. */
  void clearForFile(Path target) throws IOException {
    FileStat stat = FileStat.lstat(target);
    if (stat == null) {
      return;
    }
    if (stat.isDirectory()) {
      throw new CopyException(
          CopyException.Reason.CONFLICT,
          "cannot replace to directory " + display(target) + " with file");
    }
    Files.delete(target);
  }

  /** Sets the owner when it differs, without following a link. */
  void chown(Path target, Ownership owner) throws IOException {
    FileStat stat = FileStat.lstat(target);
    if (stat != null && stat.uid() == owner.uid() && stat.gid() == owner.gid()) {
      return;
    }
    if (stat == null || stat.uid() != owner.uid()) {
      Files.setAttribute(target, "unix:uid", owner.uid(), LinkOption.NOFOLLOW_LINKS);
    }
    if (stat == null || stat.gid() != owner.gid()) {
      Files.setAttribute(target, "unix:gid", owner.gid(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * Owner, mode (not for links) and times, in that order (a chown clears set-ID bits), as
   * BuildKit's {@code copyFileInfo}.
   */
  void setMetadata(
      Path target, int type, Ownership owner, int permissions, FileTime accessed, FileTime modified)
      throws IOException {
    chown(target, owner);
    if (type != FileStat.S_IFLNK) {
      // chmod(2) on a path we created: it is not a link, and chmod never opens the file.
      Files.setAttribute(target, "unix:mode", permissions & 07777);
    }
    setTimes(target, type, accessed, modified);
  }

  /** Access and modification times, never following a link and never opening a special file. */
  void setTimes(Path target, int type, FileTime accessed, FileTime modified) throws IOException {
    if (type == FileStat.S_IFREG || type == FileStat.S_IFDIR || type == FileStat.S_IFLNK) {
      Files.getFileAttributeView(target, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .setTimes(modified, accessed, null);
    } else {
      SpecialFiles.touch(target, accessed, modified);
    }
  }

  /**
   * Copies the {@code user.*} extended attributes (the only namespace Java reaches); failures are
   * warnings, as BuildKit only logs them.
   */
  void copyXattrs(Path source, Path target) {
    try {
      UserDefinedFileAttributeView from =
          Files.getFileAttributeView(
              source, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (from == null) {
        return;
      }
      List<String> names = from.list();
      if (names.isEmpty()) {
        return;
      }
      UserDefinedFileAttributeView to =
          Files.getFileAttributeView(
              target, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      for (String name : names) {
        ByteBuffer value = ByteBuffer.allocate(from.size(name));
        from.read(name, value);
        value.flip();
        to.write(name, value);
      }
    } catch (IOException | UnsupportedOperationException e) {
      tally.warn("extended attributes of " + display(target) + " not copied: " + e.getMessage());
    }
  }

  /** Sets one extended attribute from an archive; only {@code user.*} can be written. */
  void setXattr(Path target, String name, byte[] value) {
    if (!name.startsWith("user.")) {
      tally.warn("extended attribute " + name + " of " + display(target) + " not set");
      return;
    }
    try {
      Files.getFileAttributeView(
              target, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
          .write(name.substring("user.".length()), ByteBuffer.wrap(value));
    } catch (IOException | UnsupportedOperationException e) {
      tally.warn("extended attribute " + name + " of " + display(target) + " not set: " + e);
    }
  }
}
