// Where the time of one `dflint --format json DIR|FILE...` goes, phase by phase and rule by rule.
// A profiling aid for bench/lint-bench.sh (which runs it once and keeps its output in the results),
// not a replacement for the end-to-end wall-clock numbers measured with hyperfine.
//
// It repeats what DflintCommand does, with the same public classes (and DockerfileFinder through
// reflection): build the standard Linter, find the files, read them, load the configuration per
// folder, parse, lint (each rule wrapped in a timer), and write the JSON report. Then it does the
// same again PASSES-1 more times in the same JVM, so the first (cold) pass, with its class loading,
// interpretation and JIT compilation, can be compared with warmed-up passes.
//
//   javac -d bench/work/classes -cp 'linter/target/dfkit-linter.jar' bench/lint-phases.java
//   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp linter/target/dfkit-linter.jar:bench/work/classes \
//       LintPhases PASSES [--ignore RULE]... [--threads N] PATH...
//
// --threads N (a what-if, not what dflint does today) lints the files on N threads and reports the
// wall time of that loop instead of the per-phase split.
//
// Prints one JSON object: the JVM's uptime when main started, then per pass the time of each phase
// and of each rule (ms, summed over the files), slowest first.

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.config.ConfigLoader;
import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.lint.report.ReportFormat;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

final class LintPhases {

  /** A rule that times its delegate; the Linter only sees info() and check(). */
  static final class Timed implements Rule {
    final Rule rule;
    final RuleInfo info;
    final LongAdder adder = new LongAdder();
    long nanos;

    Timed(Rule rule) {
      this.rule = rule;
      this.info = rule.info();
    }

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(LintContext context) {
      long t0 = System.nanoTime();
      try {
        rule.check(context);
      } finally {
        adder.add(System.nanoTime() - t0);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    long mainNanos = System.nanoTime();
    int passes = Integer.parseInt(args[0]);
    Set<String> ignore = new HashSet<>();
    List<String> inputs = new ArrayList<>();
    int threads = 1;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--ignore")) {
        ignore.add(args[++i]);
      } else if (args[i].equals("--threads")) {
        threads = Integer.parseInt(args[++i]);
      } else {
        inputs.add(args[i]);
      }
    }
    StringBuilder json = new StringBuilder("{");
    // What DflintCommand.main does before it lints: picocli's model of the command line (declared
    // in DflintOptions) and parsing the arguments, timed through a `--version` run (which also
    // reads the version resource and prints one line, into nothing).
    Map<String, Double> cli = new LinkedHashMap<>();
    long c0 = System.nanoTime();
    dev.dfkit.lint.cli.DflintCommand.run(
        new PrintWriter(Writer.nullWriter()),
        new PrintWriter(Writer.nullWriter()),
        InputStream.nullInputStream(),
        "--version");
    lap(cli, "picocli: command model and argument parsing (dflint --version)", c0);
    json.append("\"cliMs\":").append(obj(cli)).append(',');
    List<String> passJson = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    int findings = 0;
    for (int pass = 0; pass < passes; pass++) {
      Map<String, Double> phase = new LinkedHashMap<>();
      long t = System.nanoTime();
      List<Timed> timed = new ArrayList<>();
      for (Rule r : Linter.standard().rules()) {
        timed.add(new Timed(r));
      }
      Linter linter = new Linter(new ArrayList<>(timed));
      Set<String> ids = new TreeSet<>();
      for (Rule r : linter.rules()) {
        ids.add(r.info().id());
      }
      t = lap(phase, "rules: load and construct", t);

      Class<?> finder = Class.forName("dev.dfkit.cli.DockerfileFinder");
      Method find = finder.getDeclaredMethod("find", Path.class);
      find.setAccessible(true);
      List<Path> paths = new ArrayList<>();
      for (String in : inputs) {
        Path p = Path.of(in);
        if (Files.isDirectory(p)) {
          @SuppressWarnings("unchecked")
          List<Path> found = (List<Path>) find.invoke(null, p);
          paths.addAll(found);
        } else {
          paths.add(p);
        }
      }
      t = lap(phase, "find files (git ls-files)", t);

      ConfigLoader loader = new ConfigLoader(ids);
      Map<Path, LintConfig> configs = new ConcurrentHashMap<>();
      LongAdder read = new LongAdder();
      LongAdder config = new LongAdder();
      LongAdder parse = new LongAdder();
      LongAdder lint = new LongAdder();
      LongAdder byteCount = new LongAdder();
      LintResult[] resultArray = new LintResult[paths.size()];
      long loopStart = System.nanoTime();
      if (threads <= 1) {
        for (int k = 0; k < paths.size(); k++) {
          resultArray[k] =
              lintOne(paths.get(k), linter, loader, configs, ignore, read, config, parse, lint, byteCount);
        }
      } else {
        // What-if: the files linted on several threads (the Linter is documented thread-safe).
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<LintResult>> futures = new ArrayList<>();
        for (Path p : paths) {
          futures.add(
              pool.submit(
                  () -> lintOne(p, linter, loader, configs, ignore, read, config, parse, lint, byteCount)));
        }
        for (int k = 0; k < futures.size(); k++) {
          resultArray[k] = futures.get(k).get();
        }
        pool.shutdown();
      }
      long loopNanos = System.nanoTime() - loopStart;
      List<LintResult> results = List.of(resultArray);
      files = paths.size();
      bytes = byteCount.sum();
      findings = 0;
      for (LintResult r : results) {
        findings += r.findings().size();
      }
      for (Timed r : timed) {
        r.nanos = r.adder.sum();
      }
      if (threads > 1) {
        phase.put("read, configuration, parse and lint: wall time on " + threads + " threads", loopNanos / 1e6);
        phase.put("(CPU-side sum: read " + ms(read) + ", configuration " + ms(config) + ", parse " + ms(parse)
            + ", lint " + ms(lint) + ")", 0.0);
      }
      if (threads <= 1) {
        phase.put("read and decode", read.sum() / 1e6);
        phase.put("configuration lookup", config.sum() / 1e6);
        phase.put("parse", parse.sum() / 1e6);
      }
      long rulesNanos = 0;
      Map<String, Double> perRule = new LinkedHashMap<>();
      timed.sort((x, y) -> Long.compare(y.nanos, x.nanos));
      for (Timed r : timed) {
        rulesNanos += r.nanos;
        if (r.nanos > 0) {
          perRule.put(r.info.id(), r.nanos / 1e6);
        }
      }
      if (threads <= 1) {
        phase.put("lint: rules (sum of Rule.check)", rulesNanos / 1e6);
        phase.put("lint: the rest (options, suppressions, twins, sorting)", (lint.sum() - rulesNanos) / 1e6);
      }
      t = System.nanoTime();
      StringWriter sw = new StringWriter();
      try (PrintWriter pw = new PrintWriter(sw)) {
        ReportFormat.parse("json").get().reporter(false).report(results, linter.rules(), pw);
      }
      t = lap(phase, "JSON report", t);
      double total = phase.values().stream().mapToDouble(Double::doubleValue).sum();
      StringBuilder pj = new StringBuilder("{\"pass\":").append(pass + 1);
      pj.append(",\"totalMs\":").append(round(total)).append(",\"phasesMs\":").append(obj(phase));
      pj.append(",\"rulesMs\":").append(obj(perRule)).append(",\"reportChars\":").append(sw.getBuffer().length());
      pj.append('}');
      passJson.add(pj.toString());
    }
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    double sinceMain = (System.nanoTime() - mainNanos) / 1e6;
    json.append("\"files\":").append(files).append(",\"bytes\":").append(bytes);
    json.append(",\"findings\":").append(findings);
    json.append(",\"jvmStartToMainMs\":").append(round(uptime - sinceMain));
    json.append(",\"passes\":[").append(String.join(",", passJson)).append("]}");
    System.out.println(json);
  }

  private static LintResult lintOne(
      Path p,
      Linter linter,
      ConfigLoader loader,
      Map<Path, LintConfig> configs,
      Set<String> ignore,
      LongAdder read,
      LongAdder config,
      LongAdder parse,
      LongAdder lint,
      LongAdder byteCount)
      throws Exception {
    long a = System.nanoTime();
    byte[] raw = Files.readAllBytes(p);
    String text = DockerfileParser.decode(raw);
    long b = System.nanoTime();
    Path dir = p.toAbsolutePath().getParent();
    LintConfig cfg = configs.get(dir);
    if (cfg == null) {
      cfg = loader.forFile(p);
      configs.put(dir, cfg);
    }
    LintOptions options = new LintOptions(cfg, Set.of(), ignore, Optional.empty(), Optional.empty());
    long c = System.nanoTime();
    ParseResult parsed = DockerfileParser.parse(text, p.toString());
    long d = System.nanoTime();
    LintResult result = linter.lint(parsed, Optional.of(p), options);
    long e = System.nanoTime();
    read.add(b - a);
    config.add(c - b);
    parse.add(d - c);
    lint.add(e - d);
    byteCount.add(raw.length);
    return result;
  }

  private static String ms(LongAdder a) {
    return String.valueOf(Math.round(a.sum() / 1e5) / 10.0);
  }

  private static long lap(Map<String, Double> phase, String name, long since) {
    long now = System.nanoTime();
    phase.put(name, (now - since) / 1e6);
    return now;
  }

  private static String obj(Map<String, Double> m) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Double> e : m.entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"').append(e.getKey()).append("\":").append(round(e.getValue()));
    }
    return b.append('}').toString();
  }

  private static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
