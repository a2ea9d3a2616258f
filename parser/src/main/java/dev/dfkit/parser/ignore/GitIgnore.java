package dev.dfkit.parser.ignore;

import dev.dfkit.parser.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a project tells git to ignore: build outputs ({@code target/}, {@code dist/}, {@code
 * .build/}), dependencies, local files. Asked through {@code git check-ignore} in a work tree,
 * which knows every rule git applies; elsewhere (an exported tree) from the {@code .gitignore}
 * files of a folder and the folders above it, read as ignore patterns: a name without a slash
 * matches at any depth, as in git.
 */
public final class GitIgnore {

  /** How far up a {@code .gitignore} is looked for without git: a project's folders. */
  private static final int LEVELS_UP = 3;

  private GitIgnore() {}

  /**
   * The {@code .gitignore} of {@code dir} alone as ignore patterns, or no patterns when it has
   * none.
   */
  public static DockerIgnore ofFolder(Path dir) {
    Path file = dir.resolve(".gitignore");
    if (!Files.isRegularFile(file)) {
      return DockerIgnore.empty();
    }
    List<String> patterns = new ArrayList<>();
    try {
      for (String line : DockerfileParser.decode(Files.readAllBytes(file)).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        boolean negate = l.startsWith("!");
        String p = negate ? l.substring(1) : l;
        if (p.endsWith("/")) {
          p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.startsWith("/") || p.contains("/");
        if (!anchored) {
          p = "**/" + p;
        }
        patterns.add((negate ? "!" : "") + p);
      }
    } catch (IOException e) {
      return DockerIgnore.empty();
    }
    return DockerIgnore.of(patterns);
  }

  /** Whether git ignores {@code path} (relative to {@code dir}, slash-separated). */
  public static boolean ignores(Path dir, String path) {
    Boolean asked = askGit(dir, path);
    if (asked != null) {
      return asked;
    }
    Path folder = dir.toAbsolutePath().normalize();
    String rel = path;
    for (int level = 0; folder != null && level <= LEVELS_UP; level++) {
      if (ofFolder(folder).isExcluded(rel)) {
        return true;
      }
      if (Files.isDirectory(folder.resolve(".git")) || folder.getFileName() == null) {
        break;
      }
      rel = folder.getFileName() + "/" + rel;
      folder = folder.getParent();
    }
    return false;
  }

  /** git's answer, or null when git is not installed or {@code dir} is in no work tree. */
  private static Boolean askGit(Path dir, String path) {
    try {
      Process p =
          new ProcessBuilder(
                  "git", "-C", dir.toString(), "check-ignore", "-q", "--no-index", "--", path)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return switch (p.exitValue()) {
        case 0 -> true;
        case 1 -> false;
        default -> null; // 128: not a work tree
      };
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
