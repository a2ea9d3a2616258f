package dev.dfkit.cli;

import dev.dfkit.parser.DockerfileParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input named on a command line: a file path, or {@code -} for standard input.
 *
 * @param name as given by the user (used in messages)
 */
public record SourceInput(String name, Path path) {

  public static SourceInput of(String argument) {
    return argument.equals("-")
        ? new SourceInput("-", null)
        : new SourceInput(argument, Path.of(argument));
  }

  /**
   * The inputs a command line names ({@code ./Dockerfile} when none): files as given, {@code -},
   * and each directory's Dockerfiles ({@link DockerfileFinder}). A directory that cannot be read is
   * reported to {@code err} and left out, and the listing is then not complete. A directory with no
   * Dockerfile gets a warning on {@code err}, which names the ones git ignores, if any: a run that
   * silently checks nothing looks like a clean one.
   */
  public static Listing expand(java.util.List<String> arguments, java.io.PrintWriter err) {
    java.util.List<SourceInput> files = new java.util.ArrayList<>();
    boolean complete = true;
    for (String input : arguments.isEmpty() ? java.util.List.of("Dockerfile") : arguments) {
      if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
        try {
          java.util.List<Path> found = DockerfileFinder.find(Path.of(input));
          for (Path p : found) {
            files.add(new SourceInput(p.toString(), p));
          }
          if (found.isEmpty()) {
            err.println(input + ": warning: " + nothingFound(Path.of(input)));
          }
        } catch (IOException e) {
          err.println(input + ": error: cannot read directory: " + reason(e));
          complete = false;
        }
      } else {
        files.add(of(input));
      }
    }
    return new Listing(files, complete);
  }

  private static String nothingFound(Path dir) throws IOException {
    java.util.List<Path> ignored = DockerfileFinder.ignoredByGit(dir);
    if (ignored.isEmpty()) {
      return "no Dockerfile found (names: Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile,"
          + " Containerfile, Containerfile.*)";
    }
    return "no Dockerfile found that git does not ignore; "
        + (ignored.size() == 1 ? "1 ignored one" : ignored.size() + " ignored ones")
        + " (e.g. "
        + ignored.get(0)
        + ") can be named as files to check them";
  }

  /** What {@link #expand} found; {@code complete} is false when a directory could not be read. */
  public record Listing(java.util.List<SourceInput> files, boolean complete) {}

  public boolean isStdin() {
    return path == null;
  }

  /** The text, decoded as UTF-8 (bad bytes become U+FFFD). */
  public String read(InputStream stdin) throws IOException {
    byte[] bytes = isStdin() ? stdin.readAllBytes() : Files.readAllBytes(path);
    return DockerfileParser.decode(bytes);
  }

  /** A one-line reason for an I/O failure, without a stack trace. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      return "is a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
