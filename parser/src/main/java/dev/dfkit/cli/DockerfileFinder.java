package dev.dfkit.cli;

import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.GitIgnore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds Dockerfiles below a directory: {@code Dockerfile}, {@code Dockerfile.*}, {@code
 * *.Dockerfile}, {@code *.dockerfile}, {@code Containerfile}, {@code Containerfile.*}; files git
 * ignores are left out (through {@code git ls-files} in a work tree, else the directory's {@code
 * .gitignore}).
 */
public final class DockerfileFinder {

  private DockerfileFinder() {}

  public static boolean isDockerfileName(String name) {
    if (name.endsWith(".dockerignore")) {
      return false;
    }
    return name.equals("Dockerfile")
        || name.startsWith("Dockerfile.")
        || name.endsWith(".Dockerfile")
        || name.endsWith(".dockerfile")
        || name.equals("Containerfile")
        || name.startsWith("Containerfile.");
  }

  public static List<Path> find(Path dir) throws IOException {
    List<Path> fromGit = gitListing(dir);
    List<Path> all = fromGit != null ? fromGit : walk(dir, GitIgnore.ofFolder(dir));
    List<Path> out = new ArrayList<>();
    for (Path p : all) {
      if (isDockerfileName(p.getFileName().toString()) && Files.isRegularFile(p)) {
        out.add(p);
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The Dockerfiles below {@code dir} that {@link #find} leaves out because git ignores them (only
   * .git folders skipped): asked when a directory yields nothing, to tell the user why.
   */
  public static List<Path> ignoredByGit(Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path p : walk(dir, DockerIgnore.empty())) {
      if (isDockerfileName(p.getFileName().toString()) && Files.isRegularFile(p)) {
        all.add(p);
      }
    }
    all.removeAll(find(dir));
    all.sort(null);
    return all;
  }

  /** The files git knows or would add, or null when git is not there or this is no work tree. */
  private static List<Path> gitListing(Path dir) {
    try {
      Process p =
          new ProcessBuilder(
                  "git",
                  "-C",
                  dir.toString(),
                  "ls-files",
                  "-z",
                  "--cached",
                  "--others",
                  "--exclude-standard")
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] bytes;
      try (InputStream in = p.getInputStream()) {
        bytes = in.readAllBytes();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      List<Path> out = new ArrayList<>();
      for (String rel : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
        if (!rel.isEmpty()) {
          out.add(dir.resolve(rel));
        }
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Without git: walk, skipping .git and what {@code gitignore} (the top .gitignore) excludes. */
  private static List<Path> walk(Path dir, DockerIgnore gitignore) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (d.getFileName() != null && d.getFileName().toString().equals(".git")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            String rel = dir.relativize(d).toString().replace('\\', '/');
            return !rel.isEmpty() && gitignore.isExcluded(rel)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (!gitignore.isExcluded(dir.relativize(f).toString().replace('\\', '/'))) {
              out.add(f);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }
}
