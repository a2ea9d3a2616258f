package dev.dfkit.build.copy;

import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.GoGlob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a COPY reads: each source expanded, BuildKit's way, into the items it copies. Everything
 * that can fail because of the sources (a missing literal source, a path out of the root) fails
 * here, before anything is written.
 */
final class SourcePlan {

  /**
   * One thing to copy: a file, link target or directory (whose contents are copied).
   *
   * @param matched the root-relative path as matched (its last segment names copied files)
   * @param resolved where it is, symbolic links on the way followed
   * @param include the {@code --parents} pattern that selects what is copied below it, or null
   */
  record Item(String matched, RootedPath.Resolved resolved, IncludePattern include) {}

  /** One source as written and its items, in copy order. */
  record Source(String written, List<Item> items) {}

  private SourcePlan() {}

  static List<Source> plan(CopyRequest request, SourceTree tree) throws IOException {
    List<Source> out = new ArrayList<>();
    for (String source : request.sources()) {
      out.add(new Source(source, items(request, tree, source)));
    }
    return out;
  }

  private static List<Item> items(CopyRequest request, SourceTree tree, String written)
      throws IOException {
    String source = written;
    IncludePattern include = null;
    String required = null;
    if (request.parents()) {
      int pivot = source.indexOf("/./");
      String pattern;
      if (pivot < 0) {
        pattern = source;
        source = "/";
      } else {
        pattern = source.substring(pivot + 3);
        source = source.substring(0, pivot);
      }
      List<String> patternSegments = PathText.segmentsBelowRoot(pattern);
      if (patternSegments == null) {
        throw outside(request, written, null);
      }
      include = IncludePattern.of(PathText.join(patternSegments));
      if (!PathText.hasWildcard(source) && !PathText.hasWildcard(pattern)) {
        List<String> sourceSegments = PathText.segmentsBelowRoot(source);
        if (sourceSegments != null) {
          List<String> all = new ArrayList<>(sourceSegments);
          all.addAll(patternSegments);
          required = PathText.join(all);
        }
      }
    }
    List<String> segments = PathText.segmentsBelowRoot(source);
    if (segments == null) {
      throw outside(request, written, null);
    }
    int wildcard = -1;
    for (int i = 0; i < segments.size(); i++) {
      if (PathText.hasWildcard(segments.get(i))) {
        wildcard = i;
        break;
      }
    }
    List<Item> items = new ArrayList<>();
    if (wildcard < 0) {
      String path = PathText.join(segments);
      RootedPath.Resolved resolved = resolve(request, tree, written, path);
      if (!resolved.exists()) {
        throw CopyException.notFound(PathText.display(required != null ? required : path));
      }
      if (required != null) {
        checkRequired(request, tree, resolved, required, include, written);
      }
      items.add(new Item(path, resolved, include));
      return items;
    }
    String prefix = PathText.join(segments.subList(0, wildcard));
    RootedPath.Resolved base = resolve(request, tree, written, prefix);
    if (!base.exists()) {
      // BuildKit walks the prefix directory and fails on it.
      throw new CopyException(
          CopyException.Reason.NOT_FOUND,
          "lstat " + PathText.display(base.relative()) + ": no such file or directory");
    }
    List<String> matches = new ArrayList<>();
    if (base.stat().isDirectory()) {
      match(tree, base.relative(), segments.subList(wildcard, segments.size()), 0, matches);
    }
    for (String match : matches) {
      RootedPath.Resolved resolved = resolve(request, tree, written, match);
      if (!resolved.exists()) {
        throw CopyException.notFound(PathText.display(match));
      }
      items.add(new Item(match, resolved, include));
    }
    return items;
  }

  /** Segment by segment, as {@code filepath.Walk} plus {@code filepath.Match} would find them. */
  private static void match(
      SourceTree tree, String directory, List<String> pattern, int index, List<String> out)
      throws IOException {
    String segment = pattern.get(index);
    boolean last = index == pattern.size() - 1;
    for (String name : SourceTree.names(tree.root.resolve(directory.isEmpty() ? "." : directory))) {
      if (!GoGlob.matches(segment, name)) {
        continue;
      }
      String child = PathText.child(directory, name);
      if (!tree.visible(child)) {
        continue;
      }
      if (last) {
        out.add(child);
        continue;
      }
      FileStat stat = FileStat.lstat(tree.root.resolve(child));
      if (stat != null && stat.isDirectory()) {
        match(tree, child, pattern, index + 1, out);
      }
    }
  }

  private static RootedPath.Resolved resolve(
      CopyRequest request, SourceTree tree, String written, String path) throws IOException {
    try {
      return RootedPath.resolve(tree.root, path, true, tree.escape(), tree);
    } catch (RootedPath.Escaped e) {
      throw outside(request, written, e);
    }
  }

  /** {@code --parents} without wildcards: the path below the pivot must exist, links unfollowed. */
  private static void checkRequired(
      CopyRequest request,
      SourceTree tree,
      RootedPath.Resolved parent,
      String required,
      IncludePattern include,
      String written)
      throws IOException {
    String current = parent.relative();
    FileStat stat = parent.stat();
    for (String name : PathText.rawSegments(include.pattern())) {
      if (stat == null || !stat.isDirectory()) {
        throw CopyException.notFound(PathText.display(required));
      }
      current = PathText.child(current, name);
      stat = tree.visible(current) ? FileStat.lstat(tree.root.resolve(current)) : null;
    }
    if (stat == null) {
      throw CopyException.notFound(PathText.display(required));
    }
  }

  private static CopyException outside(
      CopyRequest request, String written, RootedPath.Escaped escaped) {
    String where =
        request.sourceKind() == SourceKind.CONTEXT ? "the build context" : "the source root";
    String message = request.instruction() + " " + written + ": forbidden path outside " + where;
    if (escaped != null) {
      message +=
          " (symbolic link "
              + PathText.display(escaped.link)
              + " points to \""
              + escaped.target
              + "\")";
    }
    return new CopyException(CopyException.Reason.OUTSIDE_ROOT, message);
  }

  /** Exposed for {@link SourceWalker}: a compiled {@code --exclude} list, or null for none. */
  static DockerIgnore excludes(CopyRequest request) {
    return request.excludes().isEmpty() ? null : DockerIgnore.of(request.excludes());
  }
}
