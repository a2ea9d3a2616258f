package dev.dfkit.build.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/** One {@code lstat}: what the copy needs of a file, symbolic links not followed. */
record FileStat(
    int mode,
    int uid,
    int gid,
    long size,
    long inode,
    long device,
    int links,
    long rdev,
    FileTime modified,
    FileTime accessed,
    FileTime changed) {

  static final int S_IFMT = 0170000;
  static final int S_IFSOCK = 0140000;
  static final int S_IFLNK = 0120000;
  static final int S_IFREG = 0100000;
  static final int S_IFBLK = 0060000;
  static final int S_IFDIR = 0040000;
  static final int S_IFCHR = 0020000;
  static final int S_IFIFO = 0010000;

  private static final String ATTRIBUTES =
      "unix:mode,uid,gid,size,ino,dev,nlink,rdev,lastModifiedTime,lastAccessTime,ctime";

  /** The file's status, or {@code null} when nothing is there (or a parent is not a directory). */
  static FileStat lstat(Path path) throws IOException {
    Map<String, Object> a;
    try {
      a = Files.readAttributes(path, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException | NotDirectoryException e) {
      return null;
    } catch (java.nio.file.FileSystemException e) {
      if (e.getReason() != null && e.getReason().contains("Not a directory")) {
        return null;
      }
      throw e;
    }
    return new FileStat(
        (Integer) a.get("mode"),
        (Integer) a.get("uid"),
        (Integer) a.get("gid"),
        (Long) a.get("size"),
        (Long) a.get("ino"),
        (Long) a.get("dev"),
        (Integer) a.get("nlink"),
        (Long) a.get("rdev"),
        (FileTime) a.get("lastModifiedTime"),
        (FileTime) a.get("lastAccessTime"),
        (FileTime) a.get("ctime"));
  }

  int type() {
    return mode & S_IFMT;
  }

  /** Permission bits with set-user-ID, set-group-ID and sticky: {@code 07777}. */
  int permissions() {
    return mode & 07777;
  }

  boolean isDirectory() {
    return type() == S_IFDIR;
  }

  boolean isRegular() {
    return type() == S_IFREG;
  }

  boolean isSymlink() {
    return type() == S_IFLNK;
  }

  /** Fifos, sockets and device nodes. */
  boolean isSpecial() {
    int t = type();
    return t == S_IFIFO || t == S_IFSOCK || t == S_IFCHR || t == S_IFBLK;
  }

  /** The major device number of {@link #rdev()}, decoded as glibc does. */
  long major() {
    return ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & 0xfffff000L);
  }

  long minor() {
    return (rdev & 0xff) | ((rdev >>> 12) & 0xffffff00L);
  }
}
