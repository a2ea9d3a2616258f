package dev.dfkit.lint.cli;

import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.SourceInput;
import dev.dfkit.cli.UnifiedDiff;
import dev.dfkit.cli.WarmUp;
import dev.dfkit.lint.Finding;
import dev.dfkit.lint.LintOptions;
import dev.dfkit.lint.LintResult;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Linter;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.config.ConfigException;
import dev.dfkit.lint.config.ConfigLoader;
import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.lint.report.ReportFormat;
import dev.dfkit.lint.report.RuleDocs;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.source.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * {@code dflint}: lint Dockerfiles and their build context. Its options are declared in {@link
 * DflintOptions}.
 */
public final class DflintCommand implements Callable<Integer> {

  private final DflintOptions cli = new DflintOptions(this);

  private InputStream stdin = System.in;
  private boolean terminal = System.console() != null;

  /**
   * The standard linter, one per process (it is thread-safe): built by {@link #main}'s warm-up
   * thread while picocli reads the command line, then used by the command. Each linter reads every
   * rule's annotation; when both threads built their own, both did that at once.
   */
  private static final class Standard {
    static final Linter LINTER = Linter.forManyFiles();
  }

  private static Linter linter() {
    return Standard.LINTER;
  }

  @Override
  public Integer call() {
    PrintWriter out = cli.spec().commandLine().getOut();
    PrintWriter err = cli.spec().commandLine().getErr();
    try {
      return run(out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) {
    String explain = cli.explain();
    List<String> only = cli.only();
    List<String> ignore = cli.ignore();
    String failureThreshold = cli.failureThreshold();
    Set<String> ids = new TreeSet<>();
    for (Rule r : linter().rules()) {
      ids.add(r.info().id());
    }
    if (cli.listRules()) {
      listRules(out);
      return ExitCode.OK;
    }
    if (explain != null) {
      Optional<String> docs = ids.contains(explain) ? RuleDocs.markdown(explain) : Optional.empty();
      if (docs.isEmpty()) {
        err.println("dflint: " + unknownRule(explain, ids));
        return ExitCode.USAGE;
      }
      out.print(docs.get());
      return ExitCode.OK;
    }
    for (String id : concat(only, ignore)) {
      if (!ids.contains(id) && !id.matches("SC\\d{4}")) {
        err.println("dflint: " + unknownRule(id, ids));
        return ExitCode.USAGE;
      }
    }
    Optional<Optional<LintSeverity>> threshold = Optional.empty();
    if (failureThreshold != null) {
      if (failureThreshold.equalsIgnoreCase("none")) {
        threshold = Optional.of(Optional.empty());
      } else {
        Optional<LintSeverity> level = LintSeverity.parse(failureThreshold);
        if (level.isEmpty()) {
          err.println(
              "dflint: unknown failure threshold '"
                  + failureThreshold
                  + "' (use error, warning, info, style or none)");
          return ExitCode.USAGE;
        }
        threshold = Optional.of(level);
      }
    }
    if (cli.diff() && !cli.fix()) {
      err.println("dflint: --diff needs --fix");
      return ExitCode.USAGE;
    }
    ConfigLoader loader = new ConfigLoader(ids);
    LintConfig explicit = null;
    if (cli.config() != null) {
      try {
        explicit = loader.load(cli.config());
      } catch (ConfigException e) {
        err.println(e.getMessage());
        return ExitCode.USAGE;
      }
    }
    SourceInput.Listing listing = SourceInput.expand(cli.inputs(), err);
    List<SourceInput> files = listing.files();
    int exit = listing.complete() ? ExitCode.OK : ExitCode.USAGE;
    LintOptions cliOptions =
        new LintOptions(
            explicit == null ? LintConfig.DEFAULT : explicit,
            new HashSet<>(only),
            new HashSet<>(ignore),
            threshold,
            Optional.ofNullable(cli.context()));
    JobSource source = new JobSource(loader, explicit, cliOptions);
    List<Prepared> prepared = lintAll(files, source);
    List<Job> jobs = new ArrayList<>();
    List<LintResult> linted = new ArrayList<>();
    Set<String> problems = new HashSet<>();
    Optional<String> configFormat = Optional.empty();
    for (Prepared p : prepared) {
      if (p.problem() != null) {
        if (problems.add(p.problem())) {
          err.println(p.problem());
        }
        exit = ExitCode.USAGE;
        continue;
      }
      configFormat = configFormat.or(p.job().options().config()::outputFormat);
      jobs.add(p.job());
      linted.add(p.result());
    }
    List<LintResult> results = new ArrayList<>();
    Set<String> reportedElsewhere = new HashSet<>();
    for (int k = 0; k < jobs.size(); k++) {
      Job job = jobs.get(k);
      LintResult result = linted.get(k);
      if (cli.fix()) {
        result = fix(result, job.text(), job.input(), job.path(), job.options(), out, err);
      }
      results.add(withoutRepeats(result, reportedElsewhere));
    }
    String format = cli.format();
    Optional<ReportFormat> reportFormat =
        ReportFormat.parse(format != null ? format : configFormat.orElse("text"));
    if (reportFormat.isEmpty()) {
      err.println(
          "dflint: unknown format '"
              + format
              + "' (use text, json, sarif, checkstyle, github, gnu or codeclimate)");
      return ExitCode.USAGE;
    }
    if (!(cli.fix() && cli.diff())) {
      boolean color = !cli.noColor() && System.getenv("NO_COLOR") == null && terminal;
      reportFormat.get().reporter(color).report(results, linter().rules(), out);
    }
    if (exit == ExitCode.OK && results.stream().anyMatch(LintResult::failed)) {
      exit = ExitCode.FINDINGS;
    }
    return exit;
  }

  /** One file to lint, read and configured. */
  private record Job(
      SourceInput input, String text, String name, Optional<Path> path, LintOptions options) {}

  /** A file read, configured and linted, or why it could not be (a message for standard error). */
  private record Prepared(Job job, LintResult result, String problem) {}

  /**
   * Reads a command-line input and finds its configuration (once per folder, shared by the
   * workers); the command line's options apply on top.
   */
  private final class JobSource {
    private final ConfigLoader loader;
    private final LintConfig explicit;
    private final LintOptions cliOptions;
    private final Map<Path, Prepared> configErrors = new ConcurrentHashMap<>();
    private final Map<Path, LintConfig> configs = new ConcurrentHashMap<>();

    JobSource(ConfigLoader loader, LintConfig explicit, LintOptions cliOptions) {
      this.loader = loader;
      this.explicit = explicit;
      this.cliOptions = cliOptions;
    }

    /** The job, or a {@link Prepared} holding the problem. */
    Object job(SourceInput input) {
      String text;
      try {
        text = input.read(stdin);
      } catch (IOException e) {
        return new Prepared(
            null, null, input.name() + ": error: cannot read: " + SourceInput.reason(e));
      }
      LintConfig cfg = explicit;
      if (cfg == null) {
        Path anchor =
            input.isStdin() ? Path.of(cli.stdinFilename()).toAbsolutePath() : input.path();
        Path dir = anchor.toAbsolutePath().getParent();
        Prepared failed = configErrors.get(dir);
        if (failed != null) {
          return failed;
        }
        cfg = configs.get(dir);
        if (cfg == null) {
          try {
            cfg = loader.forFile(anchor);
          } catch (ConfigException e) {
            failed = new Prepared(null, null, e.getMessage());
            configErrors.put(dir, failed);
            return failed;
          }
          configs.put(dir, cfg);
        }
      }
      String name = input.isStdin() ? cli.stdinFilename() : input.name();
      Optional<Path> path = input.isStdin() ? Optional.empty() : Optional.of(input.path());
      return new Job(input, text, name, path, cliOptions.withConfig(cfg));
    }
  }

  /**
   * Reads, configures, parses and lints the files on every core (the linter is thread-safe, files
   * are independent); the results keep the files' order, so the report and the messages do not
   * depend on the scheduling.
   */
  private List<Prepared> lintAll(List<SourceInput> files, JobSource source) {
    Prepared[] results = new Prepared[files.size()];
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Linter linter = linter();
    boolean fix = cli.fix();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement();
              k < results.length && failure.get() == null;
              k = next.getAndIncrement()) {
            try {
              Object prepared = source.job(files.get(k));
              if (prepared instanceof Job job) {
                LintResult result =
                    linter.lint(
                        DockerfileParser.parse(job.text(), job.name()), job.path(), job.options());
                results[k] = new Prepared(job, fix ? result : forReport(result), null);
              } else {
                results[k] = (Prepared) prepared;
              }
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread helper = new Thread(worker, "dflint-lint-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    worker.run();
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while linting", e);
      }
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error r) {
      throw r;
    }
    return List.of(results);
  }

  /**
   * The result with its syntax tree dropped: the reporters read only the text and its line map, and
   * holding every file's tree until the report made each young collection copy them all again.
   */
  private static LintResult forReport(LintResult result) {
    ParseResult parse = result.parse();
    Dockerfile d = parse.dockerfile();
    Dockerfile hollow =
        new Dockerfile(
            d.text(),
            d.lines(),
            d.escape(),
            d.bom(),
            d.directives(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            d.tokens());
    return new LintResult(
        new ParseResult(parse.sourceName(), hollow, parse.diagnostics()),
        result.findings(),
        result.threshold());
  }

  /**
   * Applies the fixes, re-linting after each round (one fix can make room for another), and returns
   * the findings that remain.
   */
  private LintResult fix(
      LintResult result,
      String original,
      SourceInput input,
      Optional<Path> path,
      LintOptions options,
      PrintWriter out,
      PrintWriter err) {
    String text = original;
    List<String> fixed = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      List<TextEdit> edits = new ArrayList<>();
      for (Finding f : result.findings()) {
        if (f.fix().isEmpty() || f.file().isPresent()) {
          continue;
        }
        List<TextEdit> candidate = f.fix().get().edits();
        if (TextEdit.disjoint(edits, candidate)) {
          edits.addAll(candidate);
          fixed.add(
              f.rule()
                  + " at "
                  + (f.range().start().line() + 1)
                  + ":"
                  + (f.range().start().column() + 1));
        }
      }
      if (edits.isEmpty()) {
        break;
      }
      text = TextEdit.apply(text, edits);
      ParseResult reparsed = DockerfileParser.parse(text, result.sourceName());
      result = linter().lint(reparsed, path, options);
    }
    if (text.equals(original)) {
      return result;
    }
    boolean diff = cli.diff();
    if (diff) {
      out.print(UnifiedDiff.of(result.sourceName(), original, text));
    } else if (input.isStdin()) {
      out.print(text);
    } else {
      try {
        Files.writeString(input.path(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(input.name() + ": error: cannot write: " + SourceInput.reason(e));
        return result;
      }
    }
    err.println(
        "dflint: fixed "
            + fixed.size()
            + " problem"
            + (fixed.size() == 1 ? "" : "s")
            + " in "
            + result.sourceName()
            + (diff ? " (not written: --diff)" : "")
            + ": "
            + String.join(", ", fixed));
    return result;
  }

  /** Dockerfiles that share a build context each see its .dockerignore findings; show them once. */
  private static LintResult withoutRepeats(LintResult result, Set<String> seen) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.file().isPresent()) {
        String key =
            f.file().get() + "\0" + f.rule() + "\0" + f.range().startOffset() + "\0" + f.message();
        if (!seen.add(key)) {
          continue;
        }
      }
      kept.add(f);
    }
    return kept.size() == result.findings().size()
        ? result
        : new LintResult(result.parse(), kept, result.threshold());
  }

  private void listRules(PrintWriter out) {
    out.printf("%-32s %-8s %-10s %-4s %s%n", "RULE", "SEVERITY", "SOURCE", "FIX", "SUMMARY");
    for (Rule r : linter().rules()) {
      RuleInfo i = r.info();
      String severity = i.severity().label();
      if (i.experimental()) {
        severity += "*";
      } else if (!i.enabledByDefault()) {
        severity = "off";
      }
      out.printf(
          "%-32s %-8s %-10s %-4s %s%n",
          i.id(),
          severity,
          i.source().name().toLowerCase(java.util.Locale.ROOT),
          i.fixable() ? "yes" : "",
          i.summary());
    }
    out.println();
    out.println(
        dev.dfkit.lint.rules.ShellCheck.Binary.find()
            .map(p -> "ShellCheck: " + p + " (its SCxxxx findings are on)")
            .orElse(
                "ShellCheck: not installed, so its SCxxxx findings are off (install shellcheck)"));
    out.println("* experimental: off unless enabled with # check=experimental=RULE.");
    out.println("off: enable in .dflint.yaml (rules: {RULE: on}).");
  }

  private static String unknownRule(String id, Set<String> ids) {
    return Suggestions.withSuggestion("unknown rule '" + id + "'", id, ids, false)
        + "; see dflint --list-rules";
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return new ArrayList<>(s);
  }

  /** Runs the command; the exit code is returned, not used to exit. */
  public static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
    DflintCommand command = new DflintCommand();
    command.stdin = stdin;
    command.terminal = false;
    CommandLine cl = new CommandLine(command.cli.spec());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /**
   * A small file that meets the parsers, the shell-script model and most rules, linted by the
   * warm-up thread (no path: no build context is read; ShellCheck off: no process is started).
   */
  private static final String WARM_UP =
      "FROM alpine:3.19 AS build\n"
          + "ARG V=1\n"
          + "RUN --mount=type=cache,target=/c apk add --no-cache curl \\\n"
          + "    && curl -fsSL https://example.com/$V | tar -xz ; cd /x || exit 1\n"
          + "COPY --chown=1:1 . /src\n"
          + "ENV A=1 B=2\n"
          + "RUN <<EOF\napt-get update && apt-get install -y make\nEOF\n"
          + "FROM build\n"
          + "WORKDIR app\n"
          + "EXPOSE 80/tcp\n"
          + "CMD [\"/app\"]\n";

  public static void main(String[] args) {
    LintOptions warmUp =
        new LintOptions(
            LintConfig.DEFAULT, Set.of(), Set.of("ShellCheck"), Optional.empty(), Optional.empty());
    WarmUp.start("dflint-warm-up", () -> linter().lint(WARM_UP, "warm-up", warmUp));
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new DflintCommand().cli.spec());
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    System.exit(code);
  }
}
