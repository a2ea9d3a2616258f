package dev.dfkit.build.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live progress for a terminal: finished steps are printed once, above a live area that shows the
 * overall timer and each running step with its timer and last lines of output, redrawn in place
 * several times a second.
 */
public final class TtyProgress implements Progress {
  private static final int TAIL = 6;
  private static final long REFRESH_MILLIS = 150;

  private final PrintStream out;
  private final int width;
  private final long buildStart = System.nanoTime();
  private final Map<Integer, StepView> steps = new LinkedHashMap<>();
  private final List<String> messages = new ArrayList<>();
  private final Thread painter;
  private int liveLines;
  private int printedUpTo; // steps before this number are printed for good
  private boolean closed;

  private static final class StepView {
    final String name;
    final long start = System.nanoTime();
    long end;
    String status; // null while running; "DONE", "CACHED" or "ERROR"
    final Deque<String> tail = new ArrayDeque<>();

    StepView(String name) {
      this.name = name;
    }
  }

  public TtyProgress(PrintStream out, int width) {
    this.out = out;
    this.width = Math.max(40, width);
    this.painter = new Thread(this::paintLoop, "dfbuild-progress");
    painter.setDaemon(true);
    painter.start();
  }

  @Override
  public synchronized int started(String name) {
    int step = steps.size() + 1;
    steps.put(step, new StepView(name));
    return step;
  }

  @Override
  public synchronized void cached(int step) {
    finish(step, "CACHED");
  }

  @Override
  public synchronized void output(int step, String line) {
    StepView v = steps.get(step);
    if (v != null) {
      v.tail.addLast(line);
      while (v.tail.size() > TAIL) {
        v.tail.removeFirst();
      }
    }
  }

  @Override
  public synchronized void done(int step, Duration took) {
    finish(step, "DONE");
  }

  @Override
  public synchronized void failed(int step, Duration took, String error) {
    finish(step, "ERROR");
    StepView v = steps.get(step);
    if (v != null) {
      v.tail.addLast("ERROR: " + error);
    }
  }

  @Override
  public synchronized void message(String text) {
    messages.add(text);
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      notifyAll();
    }
    try {
      painter.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      paint(true);
      out.flush();
    }
  }

  private void finish(int step, String status) {
    StepView v = steps.get(step);
    if (v != null) {
      v.status = status;
      v.end = System.nanoTime();
    }
  }

  private void paintLoop() {
    synchronized (this) {
      while (!closed) {
        paint(false);
        try {
          wait(REFRESH_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private void paint(boolean last) {
    StringBuilder b = new StringBuilder();
    if (liveLines > 0) {
      b.append("\033[").append(liveLines).append("A\033[J");
    }
    // Steps finished in order are printed for good; a failed step keeps its output.
    while (printedUpTo < steps.size() && steps.get(printedUpTo + 1).status != null) {
      StepView v = steps.get(++printedUpTo);
      b.append(line(stepLine(printedUpTo, v))).append('\n');
      if ("ERROR".equals(v.status)) {
        for (String t : v.tail) {
          b.append(line(" > " + t)).append('\n');
        }
      }
    }
    for (String m : messages) {
      b.append(line(m)).append('\n');
    }
    messages.clear();
    int live = 0;
    int total = steps.size();
    long finished = steps.values().stream().filter(v -> v.status != null).count();
    b.append(
            line(
                "[+] Building "
                    + seconds(System.nanoTime() - buildStart)
                    + " ("
                    + finished
                    + "/"
                    + total
                    + ")"
                    + (last ? " FINISHED" : "")))
        .append('\n');
    live++;
    if (!last) {
      for (int n = printedUpTo + 1; n <= total; n++) {
        StepView v = steps.get(n);
        b.append(line(stepLine(n, v))).append('\n');
        live++;
        if (v.status == null) {
          for (String t : v.tail) {
            b.append(line(" \033[2m> " + t + "\033[0m", width + 8)).append('\n');
            live++;
          }
        }
      }
    }
    liveLines = last ? 0 : live;
    out.print(b);
    out.flush();
  }

  private String stepLine(int n, StepView v) {
    long end = v.status == null ? System.nanoTime() : v.end;
    String right =
        v.status == null
            ? seconds(end - v.start)
            : v.status.equals("DONE") ? seconds(end - v.start) : v.status;
    String left = " => " + (v.status == null ? "" : "") + "#" + n + " " + v.name;
    int room = width - right.length() - 1;
    if (left.length() > room) {
      left = left.substring(0, Math.max(0, room - 3)) + "...";
    }
    return left + " ".repeat(Math.max(1, room - left.length() + 1)) + right;
  }

  private String line(String s) {
    return line(s, width);
  }

  private static String line(String s, int max) {
    String flat = s.replace('\t', ' ').replace('\r', ' ');
    return flat.length() > max ? flat.substring(0, max) : flat;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
  }
}
