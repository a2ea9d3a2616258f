package dev.dfkit.build.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Paths inside a root directory that can never lead out of it.
 *
 * <p>{@link #resolve} gives a path the meaning it has inside a container whose root is {@code
 * root}: symbolic links are followed, absolute link targets start again at {@code root}, and {@code
 * ..} stops at {@code root} (as {@code chroot} would). It is for reading {@code /etc/passwd} or
 * creating the working directory in an image.
 *
 * <p>{@link #clean} and the strict walk used by {@link LayerApplier} are for archive entries: an
 * entry name must be relative and free of {@code ..}, and a symlink met on the way to an entry's
 * parent is followed only when its target is relative and stays inside the root; anything else is
 * refused, with the entry named.
 */
public final class RootPath {

  private static final int MAX_LINKS = 255;

  private RootPath() {}

  /**
   * Resolves {@code path} (absolute or relative to the root) inside {@code root} with container
   * semantics, following symlinks, including in the last component. Missing components are kept as
   * they are, so the result may not exist yet.
   */
  public static Path resolve(Path root, String path) throws IOException {
    Deque<String> todo = new ArrayDeque<>(split(path));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.removeFirst();
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (!done.isEmpty()) {
          done.remove(done.size() - 1);
        }
        continue;
      }
      Path current = join(root, done).resolve(c);
      if (Files.isSymbolicLink(current)) {
        if (++links > MAX_LINKS) {
          throw new IOException("too many levels of symbolic links resolving " + path);
        }
        String target = Files.readSymbolicLink(current).toString();
        if (target.startsWith("/")) {
          done.clear();
        }
        List<String> parts = split(target);
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.addFirst(parts.get(i));
        }
        continue;
      }
      done.add(c);
    }
    return join(root, done);
  }

  /**
   * The canonical form of an archive entry name: no leading {@code ./}, no trailing or doubled
   * {@code /}; the root itself is {@code ""}. Absolute names and {@code ..} components are refused.
   */
  public static String clean(String entryName) throws UnsafeEntryException {
    if (entryName.indexOf('\0') >= 0) {
      throw new UnsafeEntryException(entryName, "the name contains a NUL byte");
    }
    if (entryName.startsWith("/")) {
      throw new UnsafeEntryException(entryName, "absolute paths are not allowed in a layer");
    }
    StringBuilder b = new StringBuilder();
    for (String c : entryName.split("/")) {
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        throw new UnsafeEntryException(entryName, "'..' would leave the target directory");
      }
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * The real directory, inside {@code root}, that holds the entry {@code cleanName}, creating
   * missing directories (mode 0755) when {@code create} is set. Symlinks on the way are followed
   * only when relative and inside the root.
   *
   * @return the directory, or null if it is missing and {@code create} is false
   */
  static Path parentOf(Path root, String cleanName, boolean create) throws IOException {
    List<String> comps = split(cleanName);
    if (comps.isEmpty()) {
      return null;
    }
    Deque<String> todo = new ArrayDeque<>(comps.subList(0, comps.size() - 1));
    List<String> done = new ArrayList<>();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.removeFirst();
      if (c.isEmpty() || c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (done.isEmpty()) {
          throw new UnsafeEntryException(
              cleanName, "a symbolic link on its path leads outside the target directory");
        }
        done.remove(done.size() - 1);
        continue;
      }
      Path current = join(root, done).resolve(c);
      if (Files.isSymbolicLink(current)) {
        String target = Files.readSymbolicLink(current).toString();
        String shown = root.relativize(current).toString();
        if (target.startsWith("/")) {
          throw new UnsafeEntryException(
              cleanName,
              "its parent "
                  + shown
                  + " is a symbolic link to "
                  + target
                  + "; writing through it could leave the target directory");
        }
        if (++links > MAX_LINKS) {
          throw new UnsafeEntryException(cleanName, "too many levels of symbolic links");
        }
        List<String> parts = split(target);
        for (int i = parts.size() - 1; i >= 0; i--) {
          todo.addFirst(parts.get(i));
        }
        continue;
      }
      if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        done.add(c);
        continue;
      }
      if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnsafeEntryException(
            cleanName, "its parent " + root.relativize(current) + " is not a directory");
      }
      if (!create) {
        return null;
      }
      Files.createDirectory(current);
      done.add(c);
    }
    return join(root, done);
  }

  private static Path join(Path root, List<String> comps) {
    Path p = root;
    for (String c : comps) {
      p = p.resolve(c);
    }
    return p;
  }

  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String c : path.split("/")) {
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }
}
