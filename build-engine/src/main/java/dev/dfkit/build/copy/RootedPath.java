package dev.dfkit.build.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a path below a root the way the kernel would inside a chroot at that root (and as
 * containerd's {@code fs.RootPath}, which BuildKit uses, does): symbolic links are followed, an
 * absolute link target starts again at the root, {@code ..} never climbs above it. Nothing outside
 * the root is ever looked at. Components that do not exist are appended as written, so the result
 * names where a file would be created.
 *
 * <p>With {@link Escape#REJECT} a link that would leave the root is an error instead.
 */
final class RootedPath {

  /** What to do with a symbolic link whose target leaves the root. */
  enum Escape {
    /** Stay inside, as a chroot does. */
    CLAMP,
    /** Throw {@link Escaped}. */
    REJECT
  }

  /** Decides whether a root-relative path may be seen (the build context's ignore file). */
  interface Visibility {
    Visibility ALL = relative -> true;

    boolean visible(String relative) throws IOException;
  }

  /** A symbolic link that leads outside the root. */
  static final class Escaped extends Exception {
    private static final long serialVersionUID = 1L;
    final String link;
    final String target;

    Escaped(String link, String target) {
      super(null, null, false, false);
      this.link = link;
      this.target = target;
    }
  }

  /**
   * The resolved path.
   *
   * @param host where it is on this machine, always inside the root
   * @param relative the same, relative to the root ({@code ""} for the root itself)
   * @param stat its status, {@code null} when it does not exist (or is not visible)
   */
  record Resolved(Path host, String relative, FileStat stat) {
    boolean exists() {
      return stat != null;
    }
  }

  private static final int MAX_LINKS = 255;

  private RootedPath() {}

  /**
   * Resolves {@code path} (slash-separated, absolute or relative: both start at the root).
   *
   * @param followFinal whether a symbolic link in the last component is followed too
   */
  static Resolved resolve(
      Path root, String path, boolean followFinal, Escape escape, Visibility visibility)
      throws IOException, Escaped {
    Deque<String> todo = new ArrayDeque<>(PathText.rawSegments(path));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String name = todo.removeFirst();
      if (name.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      String relative = PathText.child(PathText.join(done), name);
      FileStat stat = visibility.visible(relative) ? FileStat.lstat(root.resolve(relative)) : null;
      if (stat == null) {
        done.add(name);
        if (todo.contains("..")) {
          // "missing/../x" may still exist: go on lexically, then look again.
          restart(done, todo);
          continue;
        }
        return missing(root, done, todo);
      }
      if (stat.isSymlink() && (!todo.isEmpty() || followFinal)) {
        if (++links > MAX_LINKS) {
          throw new CopyException(
              CopyException.Reason.IO,
              "failed to resolve "
                  + PathText.display(relative)
                  + ": too many levels of symbolic links");
        }
        String target = Files.readSymbolicLink(root.resolve(relative)).toString();
        List<String> targetSegments = PathText.rawSegments(target);
        if (target.startsWith("/")) {
          if (escape == Escape.REJECT) {
            throw new Escaped(relative, target);
          }
          done.clear();
        } else if (escape == Escape.REJECT && climbsOut(done.size(), targetSegments)) {
          throw new Escaped(relative, target);
        }
        for (int i = targetSegments.size() - 1; i >= 0; i--) {
          todo.addFirst(targetSegments.get(i));
        }
        continue;
      }
      done.add(name);
      if (!todo.isEmpty() && !stat.isDirectory()) {
        // "file/x": nothing can be below a non-directory.
        if (todo.contains("..")) {
          restart(done, todo);
          continue;
        }
        return missing(root, done, todo);
      }
    }
    String relative = PathText.join(done);
    FileStat stat =
        relative.isEmpty()
            ? FileStat.lstat(root)
            : visibility.visible(relative) ? FileStat.lstat(root.resolve(relative)) : null;
    return new Resolved(relative.isEmpty() ? root : root.resolve(relative), relative, stat);
  }

  /** Resolves with every link followed and nothing hidden; never rejects (chroot semantics). */
  static Resolved resolveClamped(Path root, String path, boolean followFinal) throws IOException {
    try {
      return resolve(root, path, followFinal, Escape.CLAMP, Visibility.ALL);
    } catch (Escaped e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a relative link target, followed from a directory this deep, goes above the root. */
  private static boolean climbsOut(int depth, List<String> targetSegments) {
    int d = depth;
    for (String segment : targetSegments) {
      d += segment.equals("..") ? -1 : 1;
      if (d < 0) {
        return true;
      }
    }
    return false;
  }

  /** Applies the rest lexically and starts over from the root with the result. */
  private static void restart(List<String> done, Deque<String> todo) {
    List<String> joined = new ArrayList<>(done);
    for (String name : todo) {
      if (name.equals("..")) {
        if (!joined.isEmpty()) {
          joined.remove(joined.size() - 1);
        }
      } else {
        joined.add(name);
      }
    }
    done.clear();
    todo.clear();
    todo.addAll(joined);
  }

  /** The rest of the path does not exist: append it lexically, {@code ..} stopping at the root. */
  private static Resolved missing(Path root, List<String> done, Deque<String> rest) {
    for (String name : rest) {
      if (name.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
      } else {
        done.add(name);
      }
    }
    String relative = PathText.join(done);
    return new Resolved(relative.isEmpty() ? root : root.resolve(relative), relative, null);
  }
}
