package dev.dfkit.build.copy;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Walks one item as BuildKit's copier does: the item itself always counts; below it, an entry is
 * copied when the {@code --parents} pattern includes it, no {@code --exclude} pattern excludes it
 * and the ignore file keeps it. A directory that is not copied itself is still walked when
 * something below it could be (then the visitor creates it only if something is), and skipped
 * otherwise. Names are visited in Go's sort order, depth first; links are never followed.
 */
final class SourceWalker {

  /**
   * One entry.
   *
   * @param host where it is
   * @param relative its path below the item ({@code ""} for the item)
   * @param contextRelative its path below the source root (what the ignore file matches)
   * @param stat its status (for the item: of the link target when the item was a link)
   */
  record Entry(Path host, String relative, String contextRelative, FileStat stat) {
    boolean top() {
      return relative.isEmpty();
    }

    String name() {
      return PathText.base(relative);
    }
  }

  /** Receives the walk. */
  interface Visitor {
    /** A directory, {@code included} or only walked through; its children follow. */
    void enterDirectory(Entry entry, boolean included) throws IOException;

    /** After the directory's children. */
    void leaveDirectory(Entry entry, boolean included) throws IOException;

    /** An included entry that is not a directory. */
    void leaf(Entry entry) throws IOException;
  }

  private final SourceTree tree;
  private final DockerIgnore excludes;

  SourceWalker(SourceTree tree, DockerIgnore excludes) {
    this.tree = tree;
    this.excludes = excludes;
  }

  void walk(SourcePlan.Item item, Visitor visitor) throws IOException {
    RootedPath.Resolved resolved = item.resolved();
    Entry top = new Entry(resolved.host(), "", resolved.relative(), resolved.stat());
    if (!top.stat().isDirectory()) {
      visitor.leaf(top);
      return;
    }
    visitor.enterDirectory(top, true);
    children(top, item.include(), visitor);
    visitor.leaveDirectory(top, true);
  }

  private void children(Entry directory, IncludePattern include, Visitor visitor)
      throws IOException {
    for (String name : SourceTree.names(directory.host())) {
      String relative = PathText.child(directory.relative(), name);
      String contextRelative = PathText.child(directory.contextRelative(), name);
      boolean included = include == null || include.includes(relative);
      boolean excluded = excludes != null && excludes.isExcluded(relative);
      boolean ignored = tree.ignored(contextRelative);
      boolean mayReinclude =
          (!excluded || excludes.mayReincludeBelow(relative))
              && (!ignored || tree.mayReincludeBelow(contextRelative))
              && (include == null || included || include.mayIncludeBelow(relative));
      included = included && !excluded && !ignored;
      if (!included && !mayReinclude) {
        continue;
      }
      Path host = directory.host().resolve(name);
      FileStat stat = FileStat.lstat(host);
      if (stat == null) {
        continue; // gone since the listing
      }
      Entry entry = new Entry(host, relative, contextRelative, stat);
      if (stat.isDirectory()) {
        visitor.enterDirectory(entry, included);
        children(entry, include, visitor);
        visitor.leaveDirectory(entry, included);
      } else if (included) {
        visitor.leaf(entry);
      }
    }
  }
}
