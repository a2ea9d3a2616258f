package dev.dfkit.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds {@code ../shared} (test data we must pass unchanged) relative to the repository root. */
public final class SharedData {

  private SharedData() {}

  /** The repository root: {@code dfkit.repo.root} (set by Surefire), else found by walking up. */
  public static Path repoRoot() {
    String property = System.getProperty("dfkit.repo.root");
    if (property != null && Files.isDirectory(Paths.get(property).resolve("../shared"))) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("../shared"))) {
        return dir.normalize();
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the repository root with ../shared beside it");
  }

  /** A path under {@code ../shared}; fails if it does not exist. */
  public static Path path(String relative) {
    Path p = repoRoot().resolve("../shared").resolve(relative).normalize();
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing shared test data: " + p);
    }
    return p;
  }
}
