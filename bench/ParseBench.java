import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parser benchmark harness for dfkit; bench/parse-bench.js is its twin for dockerfile-ast.
 *
 * <pre>
 * ParseBench big FILE [WARMUP ITERATIONS]     one iteration = one parse of FILE
 * ParseBench corpus LIST [WARMUP ITERATIONS]  one iteration = one parse of every file named in LIST
 * ParseBench once FILE                        a single parse, for the cold-start timing
 * </pre>
 *
 * <p>WARMUP defaults to 5 and ITERATIONS to 10. The first warm-up iteration also counts the
 * instructions and diagnostics it saw.
 *
 * <p>Prints one JSON object on stdout. Times are wall-clock ({@link System#nanoTime}) around the
 * parse calls only; files are read and decoded before timing starts.
 */
public final class ParseBench {

  private static final double MIB = 1_048_576.0;

  /** Keeps every result reachable from a side effect so the JIT cannot drop the parse. */
  private static volatile long sink;

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ParseBench big|corpus|once PATH [WARMUP ITERATIONS]");
      System.exit(2);
    }
    String mode = args[0];
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    List<Path> files = new ArrayList<>();
    if (mode.equals("corpus")) {
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        if (!line.isBlank()) {
          files.add(Path.of(line.strip()));
        }
      }
    } else {
      files.add(Path.of(args[1]));
    }
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] raw = Files.readAllBytes(f);
      bytes += raw.length;
      texts.add(new String(raw, StandardCharsets.UTF_8));
      names.add(f.getFileName().toString());
    }

    if (mode.equals("once")) {
      long t0 = System.nanoTime();
      ParseResult r = DockerfileParser.parse(texts.get(0), names.get(0));
      long t1 = System.nanoTime();
      sink += r.dockerfile().instructions().size();
      System.out.printf(
          Locale.ROOT,
          "{\"runtime\":\"dfkit\",\"mode\":\"once\",\"bytes\":%d,\"parseMs\":%.1f,"
              + "\"instructions\":%d,\"diagnostics\":%d}%n",
          bytes,
          (t1 - t0) / 1e6,
          r.dockerfile().instructions().size(),
          r.diagnostics().size());
      return;
    }
    if (!mode.equals("big") && !mode.equals("corpus")) {
      System.err.println("unknown mode " + mode);
      System.exit(2);
    }

    // The first warm-up pass (or an extra untimed pass when there is no warm-up) also counts what
    // was parsed, so the report shows both parsers saw the same inputs.
    long instructions = 0;
    long diagnostics = 0;
    for (int f = 0; f < texts.size(); f++) {
      ParseResult r = DockerfileParser.parse(texts.get(f), names.get(f));
      instructions += r.dockerfile().instructions().size();
      diagnostics += r.diagnostics().size();
    }
    for (int i = 1; i < warmup; i++) {
      runOnce(texts, names);
    }

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long gcCount0 = gcCount();
    long gcMs0 = gcMillis();
    long alloc0 = threads.getThreadAllocatedBytes(tid);
    long[] samples = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long t0 = System.nanoTime();
      runOnce(texts, names);
      samples[i] = System.nanoTime() - t0;
    }
    long alloc = threads.getThreadAllocatedBytes(tid) - alloc0;
    long gcCount = gcCount() - gcCount0;
    long gcMs = gcMillis() - gcMs0;

    double mean = 0;
    long min = Long.MAX_VALUE;
    for (long s : samples) {
      mean += s;
      min = Math.min(min, s);
    }
    mean /= iterations;
    double var = 0;
    for (long s : samples) {
      var += (s - mean) * (s - mean);
    }
    double stddev = iterations > 1 ? Math.sqrt(var / (iterations - 1)) : 0;
    long[] sorted = samples.clone();
    java.util.Arrays.sort(sorted);
    double median =
        iterations % 2 == 1
            ? sorted[iterations / 2]
            : (sorted[iterations / 2 - 1] + sorted[iterations / 2]) / 2.0;

    StringBuilder json = new StringBuilder();
    json.append(
        String.format(
            Locale.ROOT,
            "{\"runtime\":\"dfkit\",\"mode\":\"%s\",\"files\":%d,\"bytes\":%d,"
                + "\"warmup\":%d,\"iterations\":%d,"
                + "\"meanMs\":%.4f,\"medianMs\":%.4f,\"minMs\":%.4f,\"stddevMs\":%.4f,",
            mode,
            texts.size(),
            bytes,
            warmup,
            iterations,
            mean / 1e6,
            median / 1e6,
            min / 1e6,
            stddev / 1e6));
    if (mode.equals("big")) {
      json.append(
          String.format(
              Locale.ROOT,
              "\"mbPerSecMean\":%.3f,\"mbPerSecMedian\":%.3f,\"mbPerSecBest\":%.3f,",
              bytes / MIB / (mean / 1e9),
              bytes / MIB / (median / 1e9),
              bytes / MIB / (min / 1e9)));
    } else {
      json.append(
          String.format(
              Locale.ROOT,
              "\"usPerFileMean\":%.2f,\"usPerFileMedian\":%.2f,\"usPerFileMin\":%.2f,"
                  + "\"usPerFileStddev\":%.2f,",
              mean / 1e3 / texts.size(),
              median / 1e3 / texts.size(),
              min / 1e3 / texts.size(),
              stddev / 1e3 / texts.size()));
    }
    json.append(
        String.format(
            Locale.ROOT,
            "\"instructions\":%d,\"diagnostics\":%d,\"allocMbPerIteration\":%.1f,"
                + "\"gcCount\":%d,\"gcMs\":%d,\"gcShare\":%.3f,\"peakRssMb\":%d,"
                + "\"vm\":\"%s %s\",\"gc\":\"%s\",\"maxHeapMb\":%d,\"samplesMs\":[",
            instructions,
            diagnostics,
            alloc / MIB / iterations,
            gcCount,
            gcMs,
            gcMs / (mean / 1e6 * iterations),
            peakRssMb(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            gcNames(),
            Runtime.getRuntime().maxMemory() / 1_048_576));
    for (int i = 0; i < iterations; i++) {
      json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", samples[i] / 1e6));
    }
    json.append("],\"sink\":").append(sink).append('}');
    System.out.println(json);
  }

  private static void runOnce(List<String> texts, List<String> names) {
    long n = 0;
    for (int f = 0; f < texts.size(); f++) {
      ParseResult r = DockerfileParser.parse(texts.get(f), names.get(f));
      n += r.dockerfile().instructions().size();
    }
    sink += n;
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }

  private static String gcNames() {
    List<String> names = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      names.add(gc.getName());
    }
    return String.join(" + ", names);
  }

  /** VmHWM from /proc/self/status (Linux), in MiB; -1 elsewhere. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it out
    }
    return -1;
  }
}
