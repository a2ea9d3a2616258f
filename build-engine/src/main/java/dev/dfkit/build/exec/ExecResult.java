package dev.dfkit.build.exec;

import java.util.List;

/**
 * How a RUN ended: the exit code (128+N when killed by signal N), the last lines it printed (stdout
 * and stderr interleaved as they came), and whether it was stopped for its timeout.
 */
public record ExecResult(int exitCode, List<String> lastLines, boolean timedOut) {

  public ExecResult {
    lastLines = List.copyOf(lastLines);
  }

  public boolean succeeded() {
    return exitCode == 0 && !timedOut;
  }

  /**
   * BuildKit's wording for a failed step, followed by the last lines of output: {@code process
   * "/bin/sh -c false" did not complete successfully: exit code: 1}.
   */
  public String failureMessage(List<String> args) {
    StringBuilder b = new StringBuilder("process \"");
    b.append(String.join(" ", args)).append("\" ");
    if (timedOut) {
      b.append("was stopped: it ran longer than its timeout");
    } else {
      b.append("did not complete successfully: exit code: ").append(exitCode);
    }
    if (!lastLines.isEmpty()) {
      b.append("\nlast lines of output:");
      for (String l : lastLines) {
        b.append("\n  ").append(l);
      }
    }
    return b.toString();
  }
}
