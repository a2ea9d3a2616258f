package dev.dfkit.build.copy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Copies one item into the target, as BuildKit's copier ({@code cp -a} semantics): directories
 * merge into existing ones (whose metadata is then overwritten, except the item's own destination
 * directory, which only takes the source's times), other files replace what is there (a directory
 * in the way is an error), links are copied as links, hard links inside the item are kept, fifos
 * and devices are recreated, sockets become empty files. Owner: the {@code --chown}, else {@code
 * 0:0} from the build context or the source's owner from a stage. Mode: the source's, or the {@code
 * --chmod}. Times and {@code user.*} extended attributes: the source's.
 */
final class TreeCopier implements SourceWalker.Visitor {

  private static final class Frame {
    final SourceWalker.Entry entry;
    final Path target;
    final boolean included;
    boolean materialized;
    boolean created;

    Frame(SourceWalker.Entry entry, Path target, boolean included) {
      this.entry = entry;
      this.target = target;
      this.included = included;
    }
  }

  private final TargetFiles files;
  private final Tally tally;
  private final Optional<Ownership> chown;
  private final Optional<FileMode> chmod;
  private final SourceKind kind;
  private final Path itemTarget;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Path> linkSources = new HashMap<>();

  TreeCopier(TargetFiles files, CopyRequest request, Path itemTarget) {
    this.files = files;
    this.tally = files.tally;
    this.chown = request.chown();
    this.chmod = request.chmod();
    this.kind = request.sourceKind();
    this.itemTarget = itemTarget;
  }

  private Path targetOf(SourceWalker.Entry entry) {
    return entry.top() ? itemTarget : itemTarget.resolve(entry.relative());
  }

  @Override
  public void enterDirectory(SourceWalker.Entry entry, boolean included) throws IOException {
    Frame frame = new Frame(entry, targetOf(entry), included);
    if (included) {
      materializeParents();
      frame.created = ensureDirectory(frame.target);
      frame.materialized = true;
    }
    stack.push(frame);
  }

  @Override
  public void leaveDirectory(SourceWalker.Entry entry, boolean included) throws IOException {
    Frame frame = stack.pop();
    if (!frame.materialized) {
      return;
    }
    if (entry.top() && !frame.created) {
      // The destination directory keeps its owner and mode; BuildKit only restores the times.
      files.setTimes(
          frame.target, FileStat.S_IFDIR, entry.stat().accessed(), entry.stat().modified());
      return;
    }
    applyMetadata(entry, frame.target);
    tally.directories++;
  }

  @Override
  public void leaf(SourceWalker.Entry entry) throws IOException {
    materializeParents();
    Path target = targetOf(entry);
    files.clearForFile(target);
    FileStat stat = entry.stat();
    switch (stat.type()) {
      case FileStat.S_IFREG -> {
        if (stat.links() > 1) {
          String key = stat.device() + ":" + stat.inode();
          Path first = linkSources.get(key);
          if (first != null) {
            Files.createLink(target, first);
            tally.hardlinks++;
            applyMetadata(entry, target);
            return;
          }
          linkSources.put(key, target);
        }
        copyContent(entry.host(), target);
        tally.files++;
        tally.bytes += stat.size();
      }
      case FileStat.S_IFLNK -> {
        Files.createSymbolicLink(target, Files.readSymbolicLink(entry.host()));
        tally.symlinks++;
      }
      case FileStat.S_IFIFO -> {
        SpecialFiles.make(target, 'p', 0600, 0, 0);
        tally.specialFiles++;
      }
      case FileStat.S_IFCHR, FileStat.S_IFBLK -> {
        char type = stat.type() == FileStat.S_IFCHR ? 'c' : 'b';
        SpecialFiles.make(target, type, 0600, stat.major(), stat.minor());
        tally.specialFiles++;
      }
      default -> {
        // A socket: BuildKit copies it as an empty regular file.
        Files.createFile(target);
        tally.specialFiles++;
      }
    }
    applyMetadata(entry, target);
  }

  /** Creates the directories that were only walked through, now that something goes in them. */
  private void materializeParents() throws IOException {
    for (var it = stack.descendingIterator(); it.hasNext(); ) {
      Frame frame = it.next();
      if (!frame.materialized) {
        frame.created = ensureDirectory(frame.target);
        frame.materialized = true;
      }
    }
  }

  /** BuildKit's {@code copyDirectoryOnly}: true when the directory had to be created. */
  private boolean ensureDirectory(Path target) throws IOException {
    FileStat stat = FileStat.lstat(target);
    if (stat == null) {
      Files.createDirectory(
          target,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      return true;
    }
    if (!stat.isDirectory()) {
      throw new CopyException(
          CopyException.Reason.CONFLICT, "cannot copy to non-directory: " + files.display(target));
    }
    return false;
  }

  private void applyMetadata(SourceWalker.Entry entry, Path target) throws IOException {
    FileStat stat = entry.stat();
    Ownership owner =
        chown.orElseGet(
            () ->
                kind == SourceKind.CONTEXT
                    ? Ownership.ROOT
                    : new Ownership(stat.uid(), stat.gid()));
    int type = stat.type() == FileStat.S_IFSOCK ? FileStat.S_IFREG : stat.type();
    int permissions =
        chmod.map(m -> m.apply(stat.permissions(), stat.isDirectory())).orElse(stat.permissions());
    files.setMetadata(target, type, owner, permissions, stat.accessed(), stat.modified());
    if (type == FileStat.S_IFREG || type == FileStat.S_IFDIR) {
      files.copyXattrs(entry.host(), target);
    }
  }

  private static void copyContent(Path source, Path target) throws IOException {
    try (FileChannel in =
            FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileChannel out =
            FileChannel.open(
                target,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE_NEW,
                LinkOption.NOFOLLOW_LINKS)) {
      long size = in.size();
      long position = 0;
      while (position < size) {
        long n = in.transferTo(position, size - position, out);
        if (n <= 0) {
          break;
        }
        position += n;
      }
    }
  }
}
