package dev.dfkit.build.copy;

import dev.dfkit.build.layer.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * ADD's unpacking of a local archive, as BuildKit does it with moby's {@code chrootarchive}: the
 * destination directory acts as the root, so every entry path (and every link met on the way, from
 * the archive or already in the target) resolves inside it. Symbolic link entries are created as
 * written: they are data, resolved inside the destination when later entries go through them. An
 * entry whose name or hard-link target climbs out with {@code ..} is rejected.
 *
 * <p>Owners come from the archive unless {@code --chown}; modes and times from the archive ({@code
 * --chmod} does not apply); an existing file is replaced, an existing directory merged; parent
 * directories the archive does not list are created {@code 0755}, owned by root.
 */
final class ArchiveUnpacker {

  private static final char REG = '0';
  private static final char REG_OLD = '\0';
  private static final char LINK = '1';
  private static final char SYMLINK = '2';
  private static final char CHAR = '3';
  private static final char BLOCK = '4';
  private static final char DIR = '5';
  private static final char FIFO = '6';
  private static final char GNU_SPARSE = 'S';
  private static final String XATTR = "SCHILY.xattr.";

  private record DirectoryTimes(Path path, FileTime accessed, FileTime modified) {}

  private final TargetFiles files;
  private final Optional<Ownership> chown;
  private final Path destination;
  private final String archiveName;
  private final List<DirectoryTimes> directories = new ArrayList<>();

  private ArchiveUnpacker(
      TargetFiles files, Optional<Ownership> chown, Path destination, String archiveName) {
    this.files = files;
    this.chown = chown;
    this.destination = destination;
    this.archiveName = archiveName;
  }

  /** Unpacks {@code archive} into the existing directory {@code destination} (in the target). */
  static void unpack(
      Path archive,
      String archiveName,
      Path destination,
      Optional<Ownership> chown,
      TargetFiles files)
      throws IOException {
    ArchiveUnpacker unpacker = new ArchiveUnpacker(files, chown, destination, archiveName);
    try (InputStream in = Archives.open(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        unpacker.extract(entry, tar);
      }
    } catch (CopyException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new CopyException(
          CopyException.Reason.ARCHIVE,
          "failed to unpack " + archiveName + ": " + e.getMessage(),
          e);
    }
    for (DirectoryTimes d : unpacker.directories) {
      files.setTimes(d.path, FileStat.S_IFDIR, d.accessed, d.modified);
    }
    files.tally.archives++;
  }

  private void extract(TarArchiveEntry entry, InputStream content) throws IOException {
    char type = (char) entry.getLinkFlag();
    String name = PathText.clean(entry.getName());
    if (type == REG_OLD) {
      type = entry.getName().endsWith("/") ? DIR : REG;
    }
    if (name.equals("..") || name.startsWith("../")) {
      throw breakout(
          "\"" + entry.getName() + "\" is outside of \"" + files.display(destination) + "\"");
    }
    if (name.equals(".") || name.equals("/")) {
      if (type == DIR) {
        return; // the destination itself, which exists
      }
      throw breakout(
          "cannot replace the destination "
              + files.display(destination)
              + " with \""
              + entry.getName()
              + "\"");
    }
    Path parent = impliedParent(name);
    Path path = parent.resolve(PathText.base(name.startsWith("/") ? name.substring(1) : name));
    FileStat existing = FileStat.lstat(path);
    if (existing != null && !(existing.isDirectory() && type == DIR)) {
      FileTrees.delete(path);
    }
    switch (type) {
      case DIR -> {
        if (existing == null || !existing.isDirectory()) {
          Files.createDirectory(path);
        }
        files.tally.directories++;
      }
      case REG, GNU_SPARSE -> {
        try (OutputStream out =
            Files.newOutputStream(
                path,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
          files.tally.bytes += content.transferTo(out);
        }
        files.tally.files++;
      }
      case SYMLINK -> {
        Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
        files.tally.symlinks++;
      }
      case LINK -> {
        Files.createLink(path, hardLinkTarget(entry.getLinkName()));
        files.tally.hardlinks++;
      }
      case CHAR, BLOCK, FIFO -> {
        char kind = type == FIFO ? 'p' : type == CHAR ? 'c' : 'b';
        SpecialFiles.make(path, kind, 0600, entry.getDevMajor(), entry.getDevMinor());
        files.tally.specialFiles++;
      }
      default -> throw breakout("unhandled tar header type " + (int) type);
    }
    Ownership owner =
        chown.orElseGet(
            () -> new Ownership((int) entry.getLongUserId(), (int) entry.getLongGroupId()));
    files.chown(path, owner);
    for (Map.Entry<String, String> pax : entry.getExtraPaxHeaders().entrySet()) {
      if (pax.getKey().startsWith(XATTR)) {
        files.setXattr(
            path,
            pax.getKey().substring(XATTR.length()),
            pax.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    FileStat now = FileStat.lstat(path);
    if (now != null && !now.isSymlink()) {
      Files.setAttribute(path, "unix:mode", entry.getMode() & 07777);
    }
    FileTime modified = bound(entry.getLastModifiedTime());
    FileTime accessed =
        entry.getLastAccessTime() == null ? modified : bound(entry.getLastAccessTime());
    if (accessed.compareTo(modified) < 0) {
      accessed = modified;
    }
    if (type == DIR) {
      directories.add(new DirectoryTimes(path, accessed, modified));
    } else if (now != null) {
      int nodeType = now.isSymlink() ? FileStat.S_IFLNK : now.type();
      files.setTimes(path, nodeType, accessed, modified);
    }
  }

  /**
   * The entry's parent inside the destination, created (0755, root) when the archive skipped it.
   */
  private Path impliedParent(String name) throws IOException {
    String relative = name.startsWith("/") ? name.substring(1) : name;
    int slash = relative.lastIndexOf('/');
    String parent = slash < 0 ? "" : relative.substring(0, slash);
    RootedPath.Resolved resolved = RootedPath.resolveClamped(destination, parent, true);
    if (resolved.exists()) {
      if (!resolved.stat().isDirectory()) {
        throw breakout("mkdir " + files.display(resolved.host()) + ": not a directory");
      }
      return resolved.host();
    }
    new TargetFiles(destination, files.tally).mkdirAll(parent, 0755, null);
    return RootedPath.resolveClamped(destination, parent, true).host();
  }

  /** A hard link's target, resolved inside the destination; {@code ..} out of it is rejected. */
  private Path hardLinkTarget(String linkName) throws IOException {
    String target = PathText.clean(linkName);
    if (target.equals("..") || target.startsWith("../")) {
      throw breakout(
          "invalid hardlink \"" + linkName + "\" -> outside of " + files.display(destination));
    }
    String relative = target.startsWith("/") ? target.substring(1) : target;
    int slash = relative.lastIndexOf('/');
    String parent = slash < 0 ? "" : relative.substring(0, slash);
    Path dir = RootedPath.resolveClamped(destination, parent, true).host();
    Path path = dir.resolve(PathText.base(relative));
    if (FileStat.lstat(path) == null) {
      throw breakout("hard link target \"" + linkName + "\" not found");
    }
    return path;
  }

  /** moby's {@code boundTime}: times before 1970 or past Go's range become the epoch. */
  private static FileTime bound(FileTime time) {
    if (time == null) {
      return FileTime.from(Instant.EPOCH);
    }
    Instant instant = time.toInstant();
    if (instant.isBefore(Instant.EPOCH) || instant.getEpochSecond() > 9_223_372_036L) {
      return FileTime.from(Instant.EPOCH);
    }
    return time;
  }

  private CopyException breakout(String message) {
    return new CopyException(
        CopyException.Reason.ARCHIVE, "failed to unpack " + archiveName + ": " + message);
  }
}
