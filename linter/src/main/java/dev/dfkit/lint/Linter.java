package dev.dfkit.lint;

import dev.dfkit.lint.config.CheckOptions;
import dev.dfkit.lint.config.DeclaredBuildContext;
import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.lint.config.RuleSetting;
import dev.dfkit.lint.rules.Rules;
import dev.dfkit.lint.rules.ShellCheck;
import dev.dfkit.lint.suppress.Suppressions;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.MovedTail;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.ast.Directive;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.script.ShellScriptCache;
import dev.dfkit.parser.semantic.BuildVariables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Runs the rules over one Dockerfile, then applies what the file and the configuration say about
 * the findings: {@code # check=} options (file-wide and per instruction), ignore pragmas, severity
 * overrides. Thread-safe: one linter lints many files, also at once.
 */
public final class Linter {

  /** A code ShellCheck reports through its pass-through rule. */
  private static final Pattern SHELLCHECK_CODE = Pattern.compile("SC\\d{4}");

  private final List<Rule> rules;

  private final List<RuleMeta> metas = new ArrayList<>();
  private final Map<String, RuleMeta> infos = new HashMap<>();

  /**
   * RUN scripts parsed by earlier lints: an editor lints every version of a file, where all RUNs
   * but the edited one are unchanged, and projects repeat scripts across Dockerfiles.
   */
  private final ShellScriptCache scripts;

  /** Enough for the RUNs of a 10,000-line file; a parsed script holds a few kilobytes. */
  private static final int SCRIPTS_KEPT = 1024;

  /** What rules keep across this linter's runs ({@link LintContext#kept}), by key. */
  private final Map<Object, Object> kept;

  /** Runs a file's rules besides the calling thread ({@link #onThreads}); none by default. */
  private final Executor helpers;

  /** How many threads run one file's rules, the caller's included. */
  private final int threads;

  /**
   * The last lint of each file, by source name, when this linter remembers them ({@link
   * #rememberingFiles}); null otherwise.
   */
  private final Map<String, FileMemory> memories;

  /** Files remembered at most: the documents an editor has open and edits. */
  private static final int FILES_REMEMBERED = 32;

  /**
   * What a lint of one file leaves for the next lint of an edited version: the findings of each
   * rule (by rule index; null for rules that did not run), and what they were found under.
   */
  private record FileMemory(
      Dockerfile dockerfile,
      LintOptions options,
      Optional<BuildContext> context,
      List<List<Finding>> byRule,
      Map<Object, Object> memo,
      BuildVariables variables) {}

  public Linter(List<Rule> rules) {
    this(rules, new ShellScriptCache(SCRIPTS_KEPT));
  }

  private Linter(List<Rule> rules, ShellScriptCache scripts) {
    this.scripts = scripts;
    this.rules = List.copyOf(rules);
    for (Rule r : this.rules) {
      RuleMeta meta = RuleMeta.of(r.info());
      metas.add(meta);
      infos.put(meta.id(), meta);
    }
    this.kept = new java.util.concurrent.ConcurrentHashMap<>();
    this.helpers = Runnable::run;
    this.threads = 1;
    this.memories = null;
  }

  private Linter(Linter base, Executor helpers, int threads, boolean remembering) {
    this.rules = base.rules;
    this.metas.addAll(base.metas);
    this.infos.putAll(base.infos);
    this.scripts = base.scripts;
    this.kept = base.kept;
    this.helpers = helpers;
    this.threads = threads;
    this.memories =
        remembering
            ? new java.util.LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, FileMemory> eldest) {
                return size() > FILES_REMEMBERED;
              }
            }
            : null;
  }

  /**
   * This linter (same rules, same caches), remembering the last lint of each file (by source name)
   * so that linting an edited version reuses the findings of rules that find from above ({@link
   * Rule#findsFromAbove}) on the instructions above the edit: those the re-parse took over, the
   * same objects. For an editor, which lints version after version of a file.
   */
  public Linter rememberingFiles() {
    return new Linter(this, helpers, threads, true);
  }

  /**
   * This linter (same rules, same caches), running each file's rules on up to {@code threads}
   * threads: the caller's and {@code threads - 1} tasks given to {@code helpers}. For an editor,
   * which lints one file at a time and waits for it; a run over many files lints the files in
   * parallel instead. The findings are the same and in the same order as on one thread. The caller
   * never waits for a helper that has not started: it runs every rule no helper took itself.
   */
  public Linter onThreads(Executor helpers, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    return new Linter(this, helpers, threads, memories != null);
  }

  /** A linter with every rule dfkit has. */
  public static Linter standard() {
    return new Linter(Rules.all());
  }

  /**
   * A linter with every rule, for one pass over many files (dflint): it keeps a RUN script's parse
   * for later files only once the script has been met twice (see {@link
   * ShellScriptCache#ofRepeats}).
   */
  public static Linter forManyFiles() {
    return new Linter(Rules.all(), ShellScriptCache.ofRepeats(SCRIPTS_KEPT));
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Lints text that is not on disk (no build context). */
  public LintResult lint(String text, String sourceName, LintOptions options) {
    return lint(DockerfileParser.parse(text, sourceName), Optional.empty(), options);
  }

  /** Lints a parsed file; {@code path} (when on disk) locates its build context. */
  public LintResult lint(ParseResult parse, Optional<Path> path, LintOptions options) {
    return lint(parse, path, options, ContextOpener.FRESH);
  }

  /** Lints a parsed file, its build context (when it has one) opened by {@code contexts}. */
  public LintResult lint(
      ParseResult parse, Optional<Path> path, LintOptions options, ContextOpener contexts) {
    LintContext.FileState file =
        new LintContext.FileState(
            parse,
            path,
            options.config(),
            () -> buildContext(path, options, contexts),
            scripts,
            kept);
    CheckOptions fileChecks = fileCheckOptions(parse);
    boolean instructionChecks = hasInstructionChecks(parse);
    int[] enabled = new int[rules.size()];
    int count = 0;
    for (int r = 0; r < rules.size(); r++) {
      if (enabled(metas.get(r), options, fileChecks, instructionChecks, parse)) {
        enabled[count++] = r;
      }
    }
    int[] running = Arrays.copyOf(enabled, count);
    FileMemory before = reusable(parse, options, file);
    boolean[] keepsBelow = keepsBelow(before, parse, file, running);
    MovedTail moved = parse.moved().orElse(null); // read only for the rules that keep below
    List<List<Finding>> byRule;
    if (threads == 1 || count < 2) {
      byRule = new ArrayList<>(count);
      LintContext context = new LintContext(file);
      for (int r : running) {
        check(context, r, parse, keepsBelow[r]);
        byRule.add(context.takeFindings());
      }
    } else {
      byRule = checkOnThreads(file, running, parse, keepsBelow);
    }
    List<Finding> found = new ArrayList<>();
    List<List<Finding>> remembered =
        memories == null ? null : new ArrayList<>(Collections.nCopies(rules.size(), null));
    for (int k = 0; k < count; k++) {
      int r = running[k];
      List<Finding> ruleFound = byRule.get(k);
      if (before != null && rules.get(r).findsFromAbove() && before.byRule().get(r) != null) {
        ruleFound =
            kept(
                before.byRule().get(r),
                file,
                ruleFound,
                rules.get(r).refindsTriggers(),
                keepsBelow[r] ? moved : null);
      }
      found.addAll(ruleFound);
      if (remembered != null) {
        remembered.set(r, ruleFound);
      }
    }
    if (remembered != null) {
      FileMemory memory =
          new FileMemory(
              parse.dockerfile(),
              options,
              file.buildContext().context(),
              remembered,
              file.memo(),
              file.computedVariables());
      synchronized (memories) {
        memories.put(parse.sourceName(), memory);
      }
    }
    Suppressions suppressions =
        Suppressions.of(parse.dockerfile(), !options.config().disableIgnorePragma());
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      if (!wanted(f.rule(), options)) {
        continue; // a code reported through a pass-through rule, turned off by name
      }
      RuleMeta info = infoOf(f.rule());
      CheckOptions checks = fileChecks;
      if (info != null && info.source() == RuleSource.BUILDKIT) {
        if (f.file().isEmpty() && instructionChecks) {
          checks = checks.merge(instructionCheckOptions(parse, f));
        }
        if (info.experimental()) {
          RuleSetting setting = options.config().rule(f.rule());
          if (!checks.enablesExperimental(f.rule()) && (setting == null || !setting.enabled())) {
            continue;
          }
        } else if (checks.skips(f.rule())) {
          continue;
        }
      }
      if (f.file().isEmpty() && suppressions.suppresses(f.rule(), f.range())) {
        continue;
      }
      out.add(f.withSeverity(severity(f, info, options, checks)));
    }
    out.sort(ORDER);
    return new LintResult(parse, withoutTwins(out), options.threshold());
  }

  /** Runs one rule; a rule bug must not hide the other findings, nor itself. */
  private void check(LintContext context, int r, ParseResult parse, boolean keepsBelow) {
    Rule rule = rules.get(r);
    RuleMeta info = metas.get(r);
    context.start(rule, info, keepsBelow);
    try {
      rule.check(context);
    } catch (RuntimeException e) {
      context.report(
          parse.dockerfile().instructions().isEmpty()
              ? dev.dfkit.parser.source.SourceRange.empty(parse.dockerfile().lines().position(0))
              : parse.dockerfile().instructions().get(0).keyword().range(),
          "internal error in rule " + info.id() + ": " + e);
    }
  }

  /**
   * Runs the rules {@code enabled} on this thread and up to {@code threads - 1} helpers, each
   * taking the next rule not taken yet; the findings of each, in the order of {@code enabled}.
   */
  private List<List<Finding>> checkOnThreads(
      LintContext.FileState file, int[] enabled, ParseResult parse, boolean[] keepsBelow) {
    @SuppressWarnings("unchecked")
    List<Finding>[] byRule = new List[enabled.length];
    List<Rule> running = new ArrayList<>(enabled.length);
    for (int r : enabled) {
      running.add(rules.get(r));
    }
    AtomicInteger parts = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch checked = new CountDownLatch(enabled.length);
    AtomicReference<Error> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          LintContext context = new LintContext(file);
          try {
            Rules.prepare(context, running, parts.getAndIncrement(), threads);
          } catch (RuntimeException e) {
            // the rule that reads it again reports it
          }
          for (int k = next.getAndIncrement(); k < enabled.length; k = next.getAndIncrement()) {
            try {
              check(context, enabled[k], parse, keepsBelow[enabled[k]]);
            } catch (Error e) {
              failure.compareAndSet(null, e);
            } finally {
              byRule[k] = context.takeFindings();
              checked.countDown();
            }
          }
        };
    for (int t = 1; t < threads; t++) {
      try {
        helpers.execute(worker);
      } catch (RejectedExecutionException e) {
        break; // shutting down: this thread does it all
      }
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        checked.await(); // only rules a helper took and has not finished
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return Arrays.asList(byRule);
  }

  /**
   * The last lint of this file when its findings above an edit can be reused: same options, same
   * build context, and instructions at the top that are the very ones it linted (the re-parse took
   * them over). Tells {@code file} where the reused part ends.
   */
  private FileMemory reusable(ParseResult parse, LintOptions options, LintContext.FileState file) {
    if (memories == null) {
      return null;
    }
    FileMemory before;
    synchronized (memories) {
      before = memories.get(parse.sourceName());
    }
    if (before == null || !before.options().equals(options)) {
      return null;
    }
    List<Instruction> now = parse.dockerfile().instructions();
    List<Instruction> then = before.dockerfile().instructions();
    int same = 0;
    while (same < now.size() && same < then.size() && now.get(same) == then.get(same)) {
      same++;
    }
    if (same == 0 || !file.buildContext().context().equals(before.context())) {
      return null;
    }
    file.keep(now.subList(0, same), before.memo(), before.variables());
    return before;
  }

  /**
   * A rule's findings: those the last lint made on the instructions kept above the edit, then
   * {@code fresh} (found on the instructions after them), then, when {@code moved} is not null,
   * those the last lint made on the instructions moved below the edit, moved with them.
   */
  private static List<Finding> kept(
      List<Finding> before,
      LintContext.FileState file,
      List<Finding> fresh,
      boolean refindsTriggers,
      MovedTail moved) {
    List<Finding> out = new ArrayList<>(before.size() + fresh.size());
    int end = file.keptEnd();
    int below = -1; // the first earlier finding in the moved part (in file order from there)
    for (int k = 0; k < before.size(); k++) {
      Finding f = before.get(k);
      int at = f.range().startOffset();
      if (f.file().isEmpty() && at <= end && !(refindsTriggers && file.insideKeptOnbuild(at))) {
        out.add(f);
      } else if (moved != null && below < 0 && f.file().isEmpty() && moved.holds(f.range())) {
        below = k;
      }
    }
    out.addAll(fresh);
    if (below >= 0) {
      for (int k = below; k < before.size(); k++) {
        Finding f = before.get(k);
        if (f.file().isEmpty() && moved.holds(f.range())) {
          out.add(f.moved(moved));
        }
      }
    }
    return out;
  }

  /**
   * Per rule: whether it keeps its findings on what the re-parse moved unchanged below the edit
   * since the last lint of this file, moved with it: a rule that finds from above, had findings
   * then, and {@link Rule#readsAbove} none of the kinds of instruction the edit removed or made.
   * Tells {@code file} where the moved instructions start when some rule does.
   */
  private boolean[] keepsBelow(
      FileMemory before, ParseResult parse, LintContext.FileState file, int[] running) {
    boolean[] keeps = new boolean[rules.size()];
    MovedTail moved = parse.moved().orElse(null);
    if (before == null || moved == null || moved.previous() != before.dockerfile()) {
      return keeps;
    }
    List<Instruction> now = parse.dockerfile().instructions();
    List<Instruction> then = before.dockerfile().instructions();
    int kept = file.firstAfterKept();
    int movedNow = firstFrom(now, moved.newStart());
    int movedThen = firstFrom(then, moved.oldStart());
    if (movedNow == now.size()
        || movedNow < kept
        || movedThen < kept
        || now.size() - movedNow != then.size() - movedThen) {
      return keeps;
    }
    // the kinds of the instructions the edit removed and made
    java.util.Set<Class<?>> changed = new java.util.HashSet<>();
    for (int i = kept; i < movedNow; i++) {
      changed.add(now.get(i).getClass());
    }
    for (int i = kept; i < movedThen; i++) {
      changed.add(then.get(i).getClass());
    }
    boolean any = false;
    for (int r : running) {
      Rule rule = rules.get(r);
      java.util.Set<Class<? extends Instruction>> reads = rule.readsAbove();
      keeps[r] =
          reads != null
              && rule.findsFromAbove()
              && !rule.refindsTriggers()
              && before.byRule().get(r) != null
              && Collections.disjoint(reads, changed);
      any |= keeps[r];
    }
    if (any) {
      file.moveBelow(movedNow, moved.newStart());
    }
    return keeps;
  }

  /** The index of the first instruction starting at or after {@code offset} (size: none). */
  private static int firstFrom(List<Instruction> instructions, int offset) {
    int lo = 0;
    int hi = instructions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (instructions.get(mid).range().startOffset() < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private boolean enabled(
      RuleMeta info,
      LintOptions options,
      CheckOptions fileChecks,
      boolean instructionChecks,
      ParseResult parse) {
    String id = info.id();
    if (options.ignore().contains(id)) {
      return false;
    }
    RuleSetting setting = options.config().rule(id);
    if (info.experimental()) {
      // As BuildKit: experimental rules run only when enabled (by configuration, the file's
      // check directive or a check comment before some instruction); skip options never apply.
      boolean on =
          (setting != null && setting.enabled())
              || fileChecks.enablesExperimental(id)
              || (instructionChecks && anyInstructionEnables(parse, id));
      return on && (options.only().isEmpty() || options.only().contains(id));
    }
    if (!options.only().isEmpty()) {
      return options.only().contains(id)
          || (info.source() == RuleSource.SHELLCHECK
              && options.only().stream().anyMatch(o -> SHELLCHECK_CODE.matcher(o).matches()));
    }
    if (setting != null) {
      return setting.enabled();
    }
    if (info.source() == RuleSource.BUILDKIT && fileChecks.skips(id)) {
      return false;
    }
    return info.enabledByDefault();
  }

  /** Findings by file (the Dockerfile's first), offset, rule and message. */
  private static final Comparator<Finding> ORDER =
      (a, b) -> {
        int c = a.file().orElse("").compareTo(b.file().orElse(""));
        if (c == 0) {
          c = Integer.compare(a.range().startOffset(), b.range().startOffset());
        }
        if (c == 0) {
          c = a.rule().compareTo(b.rule());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
      };

  /**
   * Drops a finding whose twin rule (see {@link RuleInfo#sameAs()}) reported the same problem at
   * the same place; the more severe one stays, the BuildKit check on a tie. {@code sorted} is in
   * {@link #ORDER}, so twins are neighbours: same file, same offset.
   */
  private List<Finding> withoutTwins(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>(sorted.size());
    int from = 0;
    while (from < sorted.size()) {
      Finding first = sorted.get(from);
      int to = from + 1;
      while (to < sorted.size()
          && sorted.get(to).range().startOffset() == first.range().startOffset()
          && sorted.get(to).file().equals(first.file())) {
        to++;
      }
      if (to - from == 1) {
        out.add(first);
      } else {
        List<Finding> together = sorted.subList(from, to);
        for (Finding f : together) {
          if (!hasWorseTwin(f, together)) {
            out.add(f);
          }
        }
      }
      from = to;
    }
    return out;
  }

  private boolean hasWorseTwin(Finding f, List<Finding> together) {
    RuleMeta info = infoOf(f.rule());
    String twin = info == null ? "" : info.sameAs();
    for (Finding other : together) {
      RuleMeta otherInfo = infoOf(other.rule());
      boolean twins =
          (!twin.isEmpty() && other.rule().equals(twin))
              || (otherInfo != null && otherInfo.sameAs().equals(f.rule()));
      if (twins) {
        boolean otherWorse = other.severity().ordinal() < f.severity().ordinal();
        boolean tie = other.severity() == f.severity();
        boolean otherBuildKit = otherInfo != null && otherInfo.source() == RuleSource.BUILDKIT;
        if (otherWorse || (tie && otherBuildKit)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Configuration and --ignore/--only also apply to codes a pass-through rule reports. */
  private static boolean wanted(String id, LintOptions options) {
    if (options.ignore().contains(id)) {
      return false;
    }
    if (!options.only().isEmpty()
        && SHELLCHECK_CODE.matcher(id).matches()
        && !options.only().contains(id)
        && !options.only().contains(ShellCheck.ID)) {
      return false;
    }
    RuleSetting setting = options.config().rule(id);
    return setting == null || setting.enabled();
  }

  private static LintSeverity severity(
      Finding f, RuleMeta info, LintOptions options, CheckOptions checks) {
    RuleSetting setting = options.config().rule(f.rule());
    if (setting != null && setting.severity().isPresent()) {
      return setting.severity().get();
    }
    if (info != null && info.source() == RuleSource.BUILDKIT && checks.error()) {
      return LintSeverity.ERROR;
    }
    return f.severity();
  }

  private RuleMeta infoOf(String id) {
    return infos.get(id);
  }

  /** The file's {@code # check=} directive; a bad one is reported by DockerfileSyntax. */
  static CheckOptions fileCheckOptions(ParseResult parse) {
    Optional<Directive> d = parse.dockerfile().directive(Directive.CHECK);
    if (d.isEmpty()) {
      return CheckOptions.NONE;
    }
    try {
      return CheckOptions.parse(d.get().value());
    } catch (IllegalArgumentException e) {
      return CheckOptions.NONE;
    }
  }

  /** True when some instruction has a {@code # check=} comment before it (few files do). */
  /**
   * A comment's check options: most comments hold no {@code =} and are no check comment, which is
   * told without making the comment's trimmed content (every comment of the file on every lint).
   */
  private static Optional<CheckOptions> checkComment(Comment c) {
    return c.text().indexOf('=') < 0 ? Optional.empty() : CheckOptions.fromComment(c.content());
  }

  private static boolean hasInstructionChecks(ParseResult parse) {
    for (Instruction i : parse.dockerfile().instructions()) {
      for (Comment c : i.syntax().precedingComments()) {
        if (checkComment(c).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyInstructionEnables(ParseResult parse, String rule) {
    for (Instruction i : parse.dockerfile().instructions()) {
      for (Comment c : i.syntax().precedingComments()) {
        Optional<CheckOptions> o = checkComment(c);
        if (o.isPresent()) {
          if (o.get().enablesExperimental(rule)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** The {@code # check=} comment right before the instruction holding the finding. */
  private static CheckOptions instructionCheckOptions(ParseResult parse, Finding f) {
    for (Instruction i : parse.dockerfile().instructions()) {
      if (i.range().startOffset() <= f.range().startOffset()
          && f.range().startOffset() <= i.range().endOffset()) {
        // BuildKit takes the first comment that is a check directive.
        for (Comment c : i.syntax().precedingComments()) {
          Optional<CheckOptions> options = checkComment(c);
          if (options.isPresent()) {
            return options.get();
          }
        }
        return CheckOptions.NONE;
      }
    }
    return CheckOptions.NONE;
  }

  private static LintContext.ChosenContext buildContext(
      Optional<Path> path, LintOptions options, ContextOpener contexts) {
    if (path.isEmpty()) {
      return LintContext.ChosenContext.NONE;
    }
    Path dockerfile = path.get().toAbsolutePath();
    Optional<Path> named = namedContextRoot(dockerfile, options.contextDir(), options.config());
    return new LintContext.ChosenContext(
        Optional.of(contexts.open(named.orElse(dockerfile.getParent()), dockerfile)),
        named.isPresent());
  }

  /**
   * The build context of a Dockerfile on disk: {@code contextDir} (named by the user), else the
   * configuration's {@code context:}, else the one its dev container or Compose file declares, else
   * its folder. The language server's completion asks this too, so both read the same context.
   */
  public static Path contextRoot(Path dockerfile, Optional<Path> contextDir, LintConfig config) {
    Path file = dockerfile.toAbsolutePath();
    return namedContextRoot(file, contextDir, config).orElse(file.getParent());
  }

  /** The context someone named for the Dockerfile (see {@link #contextRoot}), if any. */
  private static Optional<Path> namedContextRoot(
      Path dockerfile, Optional<Path> contextDir, LintConfig config) {
    return contextDir.or(config::context).or(() -> DeclaredBuildContext.of(dockerfile));
  }
}
