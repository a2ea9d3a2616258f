package dev.dfkit.parser.context;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.IgnoreFileLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A build context directory: the files a build could read and the ignore file BuildKit would apply
 * ({@code <Dockerfile>.dockerignore} beside the Dockerfile, else {@code .dockerignore} at the
 * root). The file list is read once, lazily; paths are relative, slash-separated.
 */
public final class BuildContext {

  /** Stop listing past this many entries: a context that large is not one we should walk. */
  static final int MAX_ENTRIES = 200_000;

  private final Path root;
  private final Optional<Path> ignoreFile;
  private final DockerIgnore ignore;
  private List<String> entries;
  private boolean truncated;

  private BuildContext(Path root, Optional<Path> ignoreFile, DockerIgnore ignore) {
    this.root = root;
    this.ignoreFile = ignoreFile;
    this.ignore = ignore;
  }

  /**
   * Opens the context at {@code root} for the Dockerfile at {@code dockerfile} (which may live
   * elsewhere). An unreadable ignore file counts as none.
   */
  public static BuildContext open(Path root, Path dockerfile) {
    Path absRoot = root.toAbsolutePath().normalize();
    Optional<Path> ignoreFile = IgnoreFileLocator.locate(absRoot, dockerfile);
    DockerIgnore ignore = DockerIgnore.empty();
    if (ignoreFile.isPresent()) {
      try {
        ignore = DockerIgnore.parse(DockerfileParser.decode(Files.readAllBytes(ignoreFile.get())));
      } catch (IOException e) {
        ignoreFile = Optional.empty();
      }
    }
    return new BuildContext(absRoot, ignoreFile, ignore);
  }

  public Path root() {
    return root;
  }

  /** The ignore file in effect, if any. */
  public Optional<Path> ignoreFile() {
    return ignoreFile;
  }

  public DockerIgnore ignore() {
    return ignore;
  }

  /**
   * Every file and directory below the root (directories end with {@code /}), sorted, ignored ones
   * included; symlinks are listed, not followed.
   */
  public synchronized List<String> entries() {
    if (entries == null) {
      entries = walk();
    }
    return entries;
  }

  /** True when the listing stopped at {@link #MAX_ENTRIES}. */
  public synchronized boolean truncated() {
    entries();
    return truncated;
  }

  public boolean exists(String relativePath) {
    return Files.exists(root.resolve(relativePath), java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  private List<String> walk() {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return List.of(); // a context that does not exist has no files (the build reports it)
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root)) {
                if (!add(relative(dir) + "/")) {
                  return FileVisitResult.TERMINATE;
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              return add(relative(file)) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            private boolean add(String entry) {
              if (out.size() >= MAX_ENTRIES) {
                truncated = true;
                return false;
              }
              out.add(entry);
              return true;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(out);
    return Collections.unmodifiableList(out);
  }

  private String relative(Path p) {
    // The walker's paths are the root's string plus a separator and the rest: cutting the string
    // gives what Path.relativize gives, without splitting both paths into names for every entry.
    String s = p.toString();
    String prefix = root.toString();
    int cut = prefix.endsWith("/") ? prefix.length() : prefix.length() + 1;
    String rel =
        s.length() > cut && s.startsWith(prefix) && s.charAt(cut - 1) == '/'
            ? s.substring(cut)
            : root.relativize(p).toString();
    return rel.replace('\\', '/');
  }
}
