package dev.dfkit.ls.server;

import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Documents;
import dev.dfkit.ls.services.DiagnosticsService;
import dev.dfkit.ls.services.DiagnosticsSettings;
import dev.dfkit.ls.services.FormattingService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Types into a sample Dockerfile in the background after start, the way a user edits (one character
 * in, one out, each version linted), so the JIT has compiled the lint path before the first real
 * keystroke: on a cold JVM the first edits of a big file cost ten times a warm one.
 *
 * <p>It has no effects: its own documents and its own {@link DiagnosticsService} (so its scripts
 * never enter the real linter's cache), an {@code untitled:} document (no configuration file, no
 * build context, no ShellCheck process), and no client to publish to. It gives way to real work:
 * before each edit it waits while {@code busy} says a request or lint is running, and it stops for
 * good once its CPU budget is spent or {@link #stop} is called.
 */
final class EditRehearsal implements Runnable {

  private static final System.Logger LOG = System.getLogger("dfls");

  static final String URI = "untitled:dfls-warm-up";

  /** How often it checks whether real work has finished, while waiting for it to. */
  private static final long WAIT_MILLIS = 2;

  private final String sample;
  private final BooleanSupplier busy;
  private final long budgetNanos;
  private final int maxEdits;
  private final DiagnosticsService diagnostics = new DiagnosticsService();
  private final FormattingService formatting = new FormattingService();
  private volatile boolean stopped;
  private volatile int edits;

  /**
   * @param busy true while real work runs (checked before each edit)
   * @param budget the CPU time it may use in all, after which it stops
   * @param maxEdits the most edits it makes, budget left or not
   */
  EditRehearsal(String sample, BooleanSupplier busy, long budget, TimeUnit unit, int maxEdits) {
    this.sample = sample;
    this.busy = busy;
    this.budgetNanos = unit.toNanos(budget);
    this.maxEdits = maxEdits;
  }

  /** The Dockerfile shipped for rehearsing (multi-stage, every instruction, common mistakes). */
  static String standardSample() {
    try (InputStream in = EditRehearsal.class.getResourceAsStream("warm-up.Dockerfile")) {
      if (in == null) {
        throw new IllegalStateException("warm-up.Dockerfile missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops before the next edit (a running lint is cancelled at its next check). */
  void stop() {
    stopped = true;
  }

  /** How many edits it linted so far. */
  int edits() {
    return edits;
  }

  @Override
  public void run() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean measured = cpu.isCurrentThreadCpuTimeSupported();
    long start = measured ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
    CancelChecker cancel =
        () -> {
          if (stopped) {
            throw new CancellationException("warm-up stopped");
          }
        };
    try {
      Documents documents = new Documents();
      DockerfileDocument doc = documents.open(URI, 0, sample);
      List<String> lines = sample.lines().toList();
      diagnostics.diagnostics(doc, DiagnosticsSettings.DEFAULT, cancel);
      formatting.format(
          doc,
          new org.eclipse.lsp4j.FormattingOptions(4, true),
          dev.dfkit.format.config.OptionOverrides.NONE,
          cancel);
      for (int i = 0; i < maxEdits; i++) {
        if (!waitForIdle()) {
          return;
        }
        long used = (measured ? cpu.getCurrentThreadCpuTime() : System.nanoTime()) - start;
        if (used > budgetNanos) {
          return;
        }
        // An edit pair per line, moving down the file: each RUN gets re-parsed once, the others
        // come from the script cache, as when a user types.
        int line = (i / 2) % lines.size();
        int end = lines.get(line).length();
        boolean insert = i % 2 == 0;
        TextDocumentContentChangeEvent change =
            new TextDocumentContentChangeEvent(
                new Range(new Position(line, end), new Position(line, insert ? end : end + 1)),
                insert ? "x" : "");
        doc = documents.change(URI, i + 1, List.of(change)).orElseThrow();
        diagnostics.diagnostics(doc, DiagnosticsSettings.DEFAULT, cancel);
        edits = i + 1;
      }
    } catch (CancellationException e) {
      // stopped
    } catch (RuntimeException | LinkageError e) {
      // only a head start: real requests meet the same problem and report it
      LOG.log(System.Logger.Level.DEBUG, "warm-up failed: " + e);
    }
  }

  /** Waits until no real work runs; false when stopped meanwhile. */
  private boolean waitForIdle() {
    while (!stopped && busy.getAsBoolean()) {
      try {
        Thread.sleep(WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !stopped;
  }
}
