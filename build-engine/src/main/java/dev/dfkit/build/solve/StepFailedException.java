package dev.dfkit.build.solve;

import java.util.List;

/** A RUN step's process failed: its exit code and the last lines it printed. */
public final class StepFailedException extends Exception {
  private final int exitCode;
  private final List<String> lastLines;

  public StepFailedException(String message, int exitCode, List<String> lastLines) {
    super(message);
    this.exitCode = exitCode;
    this.lastLines = List.copyOf(lastLines);
  }

  public int exitCode() {
    return exitCode;
  }

  public List<String> lastLines() {
    return lastLines;
  }
}
