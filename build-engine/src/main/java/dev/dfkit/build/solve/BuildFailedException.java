package dev.dfkit.build.solve;

import dev.dfkit.build.graph.Vertex;
import java.util.List;

/**
 * A build step failed: which step (so the caller can name the Dockerfile location), why, and for a
 * failing RUN its exit code and last output lines.
 */
public final class BuildFailedException extends Exception {
  private final transient Vertex vertex;
  private final int exitCode;
  private final List<String> lastLines;

  public BuildFailedException(Vertex vertex, String message, int exitCode, List<String> lastLines) {
    super(message);
    this.vertex = vertex;
    this.exitCode = exitCode;
    this.lastLines = List.copyOf(lastLines);
  }

  public Vertex vertex() {
    return vertex;
  }

  /** The process's exit code, or -1 when the step failed otherwise. */
  public int exitCode() {
    return exitCode;
  }

  public List<String> lastLines() {
    return lastLines;
  }
}
