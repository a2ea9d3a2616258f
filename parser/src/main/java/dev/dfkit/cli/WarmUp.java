package dev.dfkit.cli;

/**
 * Start-up help for the command-line tools: Java loads, links and initialises classes (and ANTLR
 * its tables) on first use, which costs more than the work of a small run. A tool hands the first
 * work it will do to {@link #start} before reading its command line, so a second core does that
 * loading meanwhile. The work must have no effects; a failure is left for the real run to report.
 */
public final class WarmUp {
  private WarmUp() {}

  public static void start(String name, Runnable work) {
    Thread t =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | LinkageError e) {
                // only a head start: the main thread meets the same problem and reports it
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }
}
