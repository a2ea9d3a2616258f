import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.FormatResult;
import dev.dfkit.format.Formatter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Formatter benchmark harness (dfkit side): java FormatBench LIST WARMUP ITERATIONS. LIST names
 * one Dockerfile per line. Each iteration formats every file once with the default options; prints
 * one JSON object with the pass times.
 */
public final class FormatBench {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        byte[] b = Files.readAllBytes(Path.of(line));
        bytes += b.length;
        texts.add(new String(b, StandardCharsets.UTF_8));
      }
    }
    int warmup = Integer.parseInt(args[1]);
    int iterations = Integer.parseInt(args[2]);
    int changed = 0;
    int refused = 0;
    List<Double> passMs = new ArrayList<>();
    for (int i = 0; i < warmup + iterations; i++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        FormatResult r = Formatter.format(t, FormatOptions.DEFAULTS);
        if (i == 0) {
          changed += r.changed() ? 1 : 0;
          refused += r.refused() ? 1 : 0;
        }
      }
      long t1 = System.nanoTime();
      if (i >= warmup) {
        passMs.add((t1 - t0) / 1e6);
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("{\"files\":").append(texts.size()).append(",\"bytes\":").append(bytes);
    s.append(",\"changed\":").append(changed).append(",\"refused\":").append(refused);
    s.append(",\"passMs\":[");
    for (int i = 0; i < passMs.size(); i++) {
      s.append(i > 0 ? "," : "").append(String.format(java.util.Locale.ROOT, "%.3f", passMs.get(i)));
    }
    System.out.println(s.append("]}"));
  }
}
