package dev.dfkit.build.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders runc creates its mount targets in, as they were before the run. Creating the targets
 * and removing them afterwards leaves such a folder with its old entries but a new modification
 * time, which put it into the step's layer with the time of the build: two steps that change
 * nothing gave layers that differed whenever a second ticked between them.
 */
final class StubParents {

  static final StubParents NONE = new StubParents(List.of());

  private record Saved(Path dir, FileTime modified, FileTime accessed, Set<String> names) {}

  private final List<Saved> saved;

  private StubParents(List<Saved> saved) {
    this.saved = saved;
  }

  /** Saves the times and entries of the folders that hold the outermost of {@code stubs}. */
  static StubParents of(List<Path> stubs) throws IOException {
    Set<Path> stubSet = new HashSet<>(stubs);
    Set<Path> seen = new HashSet<>();
    List<Saved> out = new ArrayList<>();
    for (Path stub : stubs) {
      Path dir = stub.getParent();
      if (dir == null || stubSet.contains(dir) || !seen.add(dir)) {
        continue;
      }
      BasicFileAttributes a =
          Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      out.add(new Saved(dir, a.lastModifiedTime(), a.lastAccessTime(), names(dir)));
    }
    return new StubParents(out);
  }

  /**
   * Puts the saved times back on each folder that holds the same entries again (once the stubs are
   * gone); a folder the step itself changed keeps the step's time.
   */
  void restore() {
    for (Saved s : saved) {
      try {
        if (names(s.dir()).equals(s.names())) {
          Files.getFileAttributeView(
                  s.dir(), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
              .setTimes(s.modified(), s.accessed(), null);
        }
      } catch (IOException e) {
        // gone or unreadable: nothing to restore
      }
    }
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
