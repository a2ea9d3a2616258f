package dev.dfkit.build.layer;

import java.util.Map;
import java.util.TreeMap;

/**
 * One tar header, decoded: PAX and GNU extensions already folded in. {@code name} is the path as
 * the archive spells it (directories may end in {@code /}); {@code mode} holds the permission bits
 * only (including set-id and sticky, {@code 07777}); {@code mtime} is in seconds; {@code xattrs}
 * maps attribute names ({@code security.capability}) to raw bytes.
 */
public record TarEntry(
    String name,
    Type type,
    int mode,
    long uid,
    long gid,
    long size,
    long mtime,
    String linkName,
    int devMajor,
    int devMinor,
    Map<String, byte[]> xattrs) {

  /** The kinds of entry a layer holds (sockets have no tar form and are never written). */
  public enum Type {
    FILE('0'),
    HARDLINK('1'),
    SYMLINK('2'),
    CHAR_DEVICE('3'),
    BLOCK_DEVICE('4'),
    DIRECTORY('5'),
    FIFO('6');

    final char flag;

    Type(char flag) {
      this.flag = flag;
    }

    static Type of(char flag) {
      return switch (flag) {
        case '0', '\0', '7' -> FILE;
        case '1' -> HARDLINK;
        case '2' -> SYMLINK;
        case '3' -> CHAR_DEVICE;
        case '4' -> BLOCK_DEVICE;
        case '5' -> DIRECTORY;
        case '6' -> FIFO;
        default -> null;
      };
    }
  }

  public TarEntry {
    linkName = linkName == null ? "" : linkName;
    xattrs = xattrs == null ? Map.of() : Map.copyOf(new TreeMap<>(xattrs));
    if (type != Type.FILE) {
      size = 0;
    }
  }

  public static TarEntry directory(String name, int mode, long uid, long gid, long mtime) {
    return new TarEntry(name, Type.DIRECTORY, mode, uid, gid, 0, mtime, "", 0, 0, Map.of());
  }

  public static TarEntry file(String name, int mode, long uid, long gid, long size, long mtime) {
    return new TarEntry(name, Type.FILE, mode, uid, gid, size, mtime, "", 0, 0, Map.of());
  }

  public static TarEntry symlink(String name, String target, long uid, long gid, long mtime) {
    return new TarEntry(name, Type.SYMLINK, 0777, uid, gid, 0, mtime, target, 0, 0, Map.of());
  }

  public static TarEntry hardlink(String name, String target, long uid, long gid, long mtime) {
    return new TarEntry(name, Type.HARDLINK, 0644, uid, gid, 0, mtime, target, 0, 0, Map.of());
  }

  public TarEntry withName(String newName) {
    return new TarEntry(
        newName, type, mode, uid, gid, size, mtime, linkName, devMajor, devMinor, xattrs);
  }

  public TarEntry withLinkName(String newLink) {
    return new TarEntry(
        name, type, mode, uid, gid, size, mtime, newLink, devMajor, devMinor, xattrs);
  }

  public TarEntry withMtime(long seconds) {
    return new TarEntry(
        name, type, mode, uid, gid, size, seconds, linkName, devMajor, devMinor, xattrs);
  }

  public TarEntry withXattrs(Map<String, byte[]> x) {
    return new TarEntry(name, type, mode, uid, gid, size, mtime, linkName, devMajor, devMinor, x);
  }

  public boolean isDirectory() {
    return type == Type.DIRECTORY;
  }

  @Override
  public String toString() {
    return type + " " + name + (linkName.isEmpty() ? "" : " -> " + linkName);
  }
}
