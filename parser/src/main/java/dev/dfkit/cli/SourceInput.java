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
