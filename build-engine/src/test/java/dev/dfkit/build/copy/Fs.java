package dev.dfkit.build.copy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Small file-system helpers for the copy tests. */
final class Fs {

  private Fs() {}

  static Path file(Path root, String relative, String content) throws IOException {
    return file(root, relative, content, 0644);
  }

  static Path file(Path root, String relative, String content, int mode) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    chmod(p, mode);
    return p;
  }

  static Path dir(Path root, String relative) throws IOException {
    return Files.createDirectories(root.resolve(relative));
  }

  static Path dir(Path root, String relative, int mode) throws IOException {
    Path p = Files.createDirectories(root.resolve(relative));
    chmod(p, mode);
    return p;
  }

  static Path symlink(Path root, String relative, String target) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.createSymbolicLink(p, Path.of(target));
  }

  static void chmod(Path p, int mode) throws IOException {
    Files.setAttribute(p, "unix:mode", mode);
  }

  static void chown(Path p, int uid, int gid) throws IOException {
    Files.setAttribute(p, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(p, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
  }

  static void mtime(Path p, long epochSecond) throws IOException {
    Files.setLastModifiedTime(p, FileTime.from(Instant.ofEpochSecond(epochSecond)));
  }

  static String read(Path p) throws IOException {
    return Files.readString(p);
  }

  static int mode(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  static String owner(Path p) throws IOException {
    return Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)
        + ":"
        + Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS);
  }

  static long ino(Path p) throws IOException {
    return (Long) Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
  }

  static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }

  /** Every path below root, sorted, directories with a trailing slash. */
  static List<String> tree(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> !p.equals(root))
          .forEach(
              p ->
                  out.add(
                      root.relativize(p)
                          + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
    }
    out.sort(String::compareTo);
    return out;
  }

  /** A tar archive built entry by entry. */
  static final class Tar {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream out;

    Tar() {
      out = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name());
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    Tar file(String name, String content, int mode) throws IOException {
      byte[] data = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(data.length);
      e.setMode(mode);
      e.setModTime(FileTime.from(Instant.ofEpochSecond(1_500_000_000)));
      out.putArchiveEntry(e);
      out.write(data);
      out.closeArchiveEntry();
      return this;
    }

    Tar owned(String name, String content, int uid, int gid) throws IOException {
      byte[] data = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry(name);
      e.setSize(data.length);
      e.setMode(0644);
      e.setUserId(uid);
      e.setGroupId(gid);
      out.putArchiveEntry(e);
      out.write(data);
      out.closeArchiveEntry();
      return this;
    }

    Tar dir(String name, int mode) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
      e.setMode(mode);
      e.setModTime(FileTime.from(Instant.ofEpochSecond(1_400_000_000)));
      out.putArchiveEntry(e);
      out.closeArchiveEntry();
      return this;
    }

    Tar symlink(String name, String target) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      e.setLinkName(target);
      e.setMode(0777);
      out.putArchiveEntry(e);
      out.closeArchiveEntry();
      return this;
    }

    Tar hardlink(String name, String target) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK);
      e.setLinkName(target);
      // a hard link's header mode and times apply to the shared inode
      e.setMode(0640);
      e.setModTime(FileTime.from(Instant.ofEpochSecond(1_500_000_000)));
      out.putArchiveEntry(e);
      out.closeArchiveEntry();
      return this;
    }

    Tar fifo(String name) throws IOException {
      TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_FIFO);
      e.setMode(0640);
      out.putArchiveEntry(e);
      out.closeArchiveEntry();
      return this;
    }

    byte[] bytes() throws IOException {
      out.finish();
      out.close();
      return bytes.toByteArray();
    }
  }

  interface Compressor {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  static byte[] compress(byte[] data, Compressor compressor) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = compressor.wrap(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
