package dev.dfkit.ls.services;

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
import dev.dfkit.lint.config.RuleSetting;
import dev.dfkit.lint.rules.ShellCheck;
import dev.dfkit.ls.document.DockerfileDocument;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Run;
import dev.dfkit.parser.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What is wrong with a document: every dflint finding (the same rule ids, severities and docs as
 * {@code dflint}, with the file's {@code .dflint.yaml} or {@code .hadolint.yaml} and the client's
 * settings over it), plus the parser's warnings. Parser errors arrive through dflint's {@code
 * DockerfileSyntax} rule, so they can be configured like any other finding. Findings in other files
 * (the context's .dockerignore) are not this document's.
 *
 * <p>ShellCheck runs one {@code shellcheck} process per RUN script, which on a big file takes
 * seconds, so it is a second phase: {@link #lint} runs every other rule, and ShellCheck only for
 * the scripts it checked before (their findings are remembered by script text, so the RUNs an edit
 * did not touch keep theirs on screen); {@link #shellCheck} runs ShellCheck on every script, and
 * what is shown takes its findings instead once it is done ({@link #shellCheckPending} says whether
 * it still has to run).
 */
public final class DiagnosticsService {

  /** The {@code source} of dflint's findings. */
  public static final String SOURCE = "dflint";

  /** The {@code source} of the parser's own warnings. */
  public static final String PARSER_SOURCE = "dfls";

  private final Linter linter;

  /** The same rules, with ShellCheck answering from memory only (the first phase). */
  private final Linter quick;

  private final Map<String, RuleInfo> rules = new HashMap<>();
  private final ConfigLoader loader;
  private final ReusedContexts contexts = new ReusedContexts();

  /**
   * The diagnostics last made for each document's findings (by finding identity; a few documents,
   * least recently used dropped): the findings an edit's lint kept above it are the same objects,
   * and their diagnostics (never changed once made) the same too, which the publisher writes once.
   */
  private final Map<String, Map<Finding, Diagnostic>> lastDiagnostics =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Finding, Diagnostic>> eldest) {
          return size() > DOCUMENTS_REMEMBERED;
        }
      };

  private static final int DOCUMENTS_REMEMBERED = 32;

  public DiagnosticsService() {
    this(Linter.standard());
  }

  public DiagnosticsService(Linter linter) {
    this(linter, Runnable::run, 1);
  }

  /**
   * Lints each document's rules on up to {@code threads} threads, the caller's and tasks given to
   * {@code helpers} (see {@link Linter#onThreads}): an editor waits for one document's diagnostics,
   * and a second core halves the wait.
   */
  public DiagnosticsService(Linter linter, java.util.concurrent.Executor helpers, int threads) {
    this.linter = linter.onThreads(helpers, threads);
    this.quick =
        new Linter(
                linter.rules().stream()
                    .map(r -> r instanceof ShellCheck ? ShellCheck.fromMemory() : r)
                    .toList())
            .onThreads(helpers, threads)
            .rememberingFiles(); // a document's next version reuses what it can

    Set<String> ids = new HashSet<>();
    for (Rule r : linter.rules()) {
      rules.put(r.info().id(), r.info());
      ids.add(r.info().id());
    }
    this.loader = new ConfigLoader(ids);
  }

  /** The linted document (once per version and settings) and what the configuration said. */
  public record Lint(LintResult result, Optional<String> configProblem) {}

  private record LintKey(DiagnosticsSettings settings) {}

  private record ShellCheckKey(DiagnosticsSettings settings) {}

  /** ShellCheck's findings for a version, or none when it does not run for this file. */
  private record ShellFindings(List<Finding> findings) {}

  public List<Diagnostic> diagnostics(
      DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    Lint lint = lint(doc, settings, cancel);
    List<Diagnostic> out = new ArrayList<>();
    lint.configProblem()
        .ifPresent(
            problem -> {
              Diagnostic d =
                  new Diagnostic(
                      new Range(new Position(0, 0), new Position(0, 0)),
                      problem + "; linting with the default configuration",
                      DiagnosticSeverity.Warning,
                      PARSER_SOURCE);
              d.setCode("config");
              out.add(d);
            });
    Map<Finding, Diagnostic> before;
    synchronized (lastDiagnostics) {
      before = lastDiagnostics.getOrDefault(doc.uri(), Map.of());
    }
    Map<Finding, Diagnostic> made = new IdentityHashMap<>();
    for (Finding f : findings(doc, settings, cancel)) {
      if (f.file().isEmpty()) {
        Diagnostic d = before.get(f);
        if (d == null) {
          d = diagnostic(f);
        }
        made.put(f, d);
        out.add(d);
      }
    }
    synchronized (lastDiagnostics) {
      lastDiagnostics.put(doc.uri(), made);
    }
    for (dev.dfkit.parser.diagnostic.Diagnostic p : doc.parse().diagnostics()) {
      if (!p.isError()) {
        Diagnostic d =
            new Diagnostic(
                Positions.range(p.range()), p.message(), severity(p.severity()), PARSER_SOURCE);
        d.setCode(p.code());
        out.add(d);
      }
    }
    cancel.checkCanceled();
    return out;
  }

  /**
   * Findings this document's lint made in other files of its build context (its .dockerignore), by
   * file URI; empty for documents without a context.
   */
  public Map<String, List<Diagnostic>> otherFiles(
      DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    Map<String, List<Diagnostic>> out = new LinkedHashMap<>();
    for (Finding f : lint(doc, settings, cancel).result().findings()) {
      if (f.file().isPresent()) {
        try {
          // The linter names the file as dflint shows it: relative to the working directory.
          String uri = Path.of(f.file().get()).toAbsolutePath().normalize().toUri().toString();
          out.computeIfAbsent(uri, k -> new ArrayList<>()).add(diagnostic(f));
        } catch (java.nio.file.InvalidPathException e) {
          // not a file we can name for the client
        }
      }
    }
    return out;
  }

  /**
   * Every finding known for this version now: the first phase's (linted here, once per version and
   * settings), with ShellCheck's complete findings in place of the remembered ones when {@link
   * #shellCheck} has run. Never waits for ShellCheck.
   */
  public List<Finding> findings(
      DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    List<Finding> all = new ArrayList<>(lint(doc, settings, cancel).result().findings());
    doc.<ShellFindings>memoized(new ShellCheckKey(settings))
        .ifPresent(
            shell -> {
              all.removeIf(ShellCheck::reported);
              all.addAll(shell.findings());
            });
    return all;
  }

  /**
   * True when ShellCheck's phase found nothing the first phase had not shown already (its
   * remembered findings were all there is): publishing again would change nothing.
   */
  public boolean shellCheckAddsNothing(DockerfileDocument doc, DiagnosticsSettings settings) {
    List<Finding> shown = new ArrayList<>();
    for (Finding f : lint(doc, settings, () -> {}).result().findings()) {
      if (ShellCheck.reported(f)) {
        shown.add(f);
      }
    }
    return new HashSet<>(shellCheckFindings(doc, settings)).equals(new HashSet<>(shown));
  }

  /**
   * Every rule, ShellCheck answering only for scripts it checked before; once per version and
   * settings (shared with code actions).
   */
  public Lint lint(DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    cancel.checkCanceled();
    return doc.memo(new LintKey(settings), () -> run(doc, settings, false));
  }

  /** True when ShellCheck should run on this version and has not yet. */
  public boolean shellCheckPending(DockerfileDocument doc, DiagnosticsSettings settings) {
    return doc.memoized(new ShellCheckKey(settings)).isEmpty()
        && ShellCheck.Binary.find().isPresent()
        && hasRun(doc);
  }

  /** ShellCheck only reads RUN scripts (ONBUILD RUN included). */
  private static boolean hasRun(DockerfileDocument doc) {
    for (Instruction i : doc.dockerfile().instructions()) {
      if (i instanceof Run || (i instanceof Onbuild o && o.trigger().orElse(null) instanceof Run)) {
        return true;
      }
    }
    return false;
  }

  /** ShellCheck's findings for this version, once {@link #shellCheck} ran. */
  public List<Finding> shellCheckFindings(DockerfileDocument doc, DiagnosticsSettings settings) {
    return doc.<ShellFindings>memoized(new ShellCheckKey(settings))
        .map(ShellFindings::findings)
        .orElse(List.of());
  }

  /** Runs ShellCheck on this version's scripts (slow: one process per script), once. */
  public void shellCheck(
      DockerfileDocument doc, DiagnosticsSettings settings, CancelChecker cancel) {
    cancel.checkCanceled();
    doc.memo(
        new ShellCheckKey(settings),
        () -> {
          Lint shell = run(doc, settings, true);
          List<Finding> found = new ArrayList<>();
          for (Finding f : shell.result().findings()) {
            if (f.file().isEmpty()) {
              found.add(f);
            }
          }
          return new ShellFindings(List.copyOf(found));
        });
  }

  /** All rules but ShellCheck, or ShellCheck alone (when the configuration leaves it on). */
  private Lint run(DockerfileDocument doc, DiagnosticsSettings settings, boolean shellCheck) {
    Optional<Path> path = doc.path();
    LintConfig config = LintConfig.DEFAULT;
    Optional<String> problem = Optional.empty();
    if (path.isPresent()) {
      try {
        config = loader.forFile(path.get());
      } catch (ConfigException e) {
        problem = Optional.of(e.getMessage());
      }
    }
    if (!settings.rules().isEmpty()) {
      Map<String, RuleSetting> merged = new HashMap<>(config.rules());
      merged.putAll(settings.rules());
      config =
          new LintConfig(
              config.source(),
              merged,
              config.failureThreshold(),
              config.trustedRegistries(),
              config.labelSchema(),
              config.strictLabels(),
              config.disableIgnorePragma(),
              config.shellcheck(),
              config.context(),
              config.outputFormat());
    }
    if (shellCheck) {
      RuleSetting setting = config.rule(ShellCheck.ID);
      if ((setting != null && !setting.enabled()) || !config.shellcheck()) {
        return new Lint(new LintResult(doc.parse(), List.of(), Optional.empty()), problem);
      }
    }
    LintOptions options =
        new LintOptions(
            config,
            shellCheck ? Set.of(ShellCheck.ID) : Set.of(),
            Set.of(),
            Optional.empty(),
            settings.contextDir());
    return new Lint(
        (shellCheck ? linter : quick)
            .lint(doc.parse(), path, options, contexts.of(settings.generation())),
        problem);
  }

  /**
   * The build context a document's lint reads (the settings', the {@code .dflint.yaml}'s, the
   * declared one or its folder), for features that list it; absent for a document not on disk.
   */
  public Optional<Path> contextRoot(DockerfileDocument doc, DiagnosticsSettings settings) {
    if (doc.path().isEmpty()) {
      return Optional.empty();
    }
    LintConfig config;
    try {
      config = loader.forFile(doc.path().get());
    } catch (ConfigException e) {
      config = LintConfig.DEFAULT; // the lint reports it; completion still offers the folder
    }
    return Optional.of(
        Linter.contextRoot(doc.path().get(), settings.contextDir(), config).normalize());
  }

  /** The build contexts read once and reused by the next versions' lints. */
  public ReusedContexts contexts() {
    return contexts;
  }

  /** A finding as an LSP diagnostic: the rule id as code, its docs as the code's description. */
  public Diagnostic diagnostic(Finding f) {
    Diagnostic d =
        new Diagnostic(Positions.range(f.range()), f.message(), severity(f.severity()), SOURCE);
    d.setCode(Either.forLeft(f.rule()));
    if (f.url() != null && !f.url().isEmpty()) {
      d.setCodeDescription(new DiagnosticCodeDescription(f.url()));
    }
    return d;
  }

  /** Every rule id the linter knows (settings may name these, and ShellCheck's SCxxxx codes). */
  public Set<String> ruleIds() {
    return Set.copyOf(rules.keySet());
  }

  /** The rule behind an id, when dflint has it ({@code SCxxxx} codes have none). */
  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public static DiagnosticSeverity severity(LintSeverity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case STYLE -> DiagnosticSeverity.Hint;
    };
  }

  private static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case HINT -> DiagnosticSeverity.Hint;
    };
  }
}
