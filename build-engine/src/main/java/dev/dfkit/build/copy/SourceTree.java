package dev.dfkit.build.copy;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source root as a COPY sees it: for the build context, what BuildKit would have transferred,
 * i.e. without what the ignore file excludes (an excluded directory stays only when an exception
 * re-includes something below it).
 */
final class SourceTree implements RootedPath.Visibility {

  final Path root;
  final DockerIgnore ignore;
  final SourceKind kind;
  private final boolean filtering;
  private final Map<String, Boolean> keptDirectories = new HashMap<>();

  SourceTree(Path root, DockerIgnore ignore, SourceKind kind) {
    this.root = root;
    this.ignore = ignore;
    this.kind = kind;
    this.filtering = !ignore.activePatterns().isEmpty();
  }

  RootedPath.Escape escape() {
    return kind == SourceKind.CONTEXT ? RootedPath.Escape.REJECT : RootedPath.Escape.CLAMP;
  }

  /** Whether the ignore file excludes the path (or a parent). */
  boolean ignored(String relative) {
    return filtering && !relative.isEmpty() && ignore.isExcluded(relative);
  }

  /** Whether an exception could bring back something below an excluded directory. */
  boolean mayReincludeBelow(String relative) {
    return filtering && ignore.mayReincludeBelow(relative);
  }

  @Override
  public boolean visible(String relative) throws IOException {
    if (!ignored(relative)) {
      return true;
    }
    if (!mayReincludeBelow(relative)) {
      return false;
    }
    FileStat stat = FileStat.lstat(root.resolve(relative));
    return stat != null && stat.isDirectory() && keepsSomething(relative);
  }

  /** Whether an excluded directory holds something visible, so the transfer would create it. */
  private boolean keepsSomething(String relative) throws IOException {
    Boolean known = keptDirectories.get(relative);
    if (known != null) {
      return known;
    }
    boolean kept = false;
    for (String name : names(root.resolve(relative))) {
      String child = PathText.child(relative, name);
      if (!ignored(child)) {
        kept = true;
        break;
      }
      if (mayReincludeBelow(child)) {
        FileStat stat = FileStat.lstat(root.resolve(child));
        if (stat != null && stat.isDirectory() && keepsSomething(child)) {
          kept = true;
          break;
        }
      }
    }
    keptDirectories.put(relative, kept);
    return kept;
  }

  /** The names in a directory, sorted as Go sorts them; empty when it cannot be listed. */
  static List<String> names(Path directory) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        names.add(p.getFileName().toString());
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    }
    names.sort(PathText.BYTE_ORDER);
    return names;
  }
}
