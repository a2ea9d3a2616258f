package dev.dfkit.lint;

import dev.dfkit.lint.config.LintConfig;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.script.ShellScriptCache;
import dev.dfkit.parser.semantic.BuildVariables;
import dev.dfkit.parser.source.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees of one file: the parsed tree, its variables, the build context, the
 * configuration; and where it reports. One context per file and thread: when a file's rules run on
 * several threads, each has its own context over one shared {@link FileState}.
 */
public final class LintContext {

  /**
   * What the rules of one file share, whichever thread runs them: the file, and what is computed
   * once for it (variables, build context, memos). Thread-safe.
   */
  static final class FileState {
    private final ParseResult parse;
    private final Optional<Path> path;
    private final LintConfig config;
    private final Supplier<ChosenContext> contextSupplier;
    private final ShellScriptCache scripts;
    private final java.util.Map<Object, Object> kept;
    private volatile BuildVariables variables;
    private volatile ChosenContext buildContext;
    private final java.util.Map<Object, Object> memo =
        new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The instructions at the top that an earlier lint of this file linted as they are (rules that
     * find from above keep its findings on them and check only the instructions after them), and
     * the memos of that lint.
     */
    private List<dev.dfkit.parser.ast.Instruction> keptInstructions = List.of();

    private Map<Object, Object> earlierMemo = Map.of();

    /** The earlier lint's variables, whose top {@link BuildVariables#analyze} may take over. */
    private BuildVariables earlierVariables;

    FileState(
        ParseResult parse,
        Optional<Path> path,
        LintConfig config,
        Supplier<ChosenContext> contextSupplier,
        ShellScriptCache scripts,
        java.util.Map<Object, Object> kept) {
      this.parse = parse;
      this.path = path;
      this.config = config;
      this.contextSupplier = contextSupplier;
      this.scripts = scripts;
      this.kept = kept;
    }

    BuildVariables variables() {
      BuildVariables v = variables;
      if (v == null) {
        synchronized (this) { // another thread may be computing them: wait, do not repeat
          v = variables;
          if (v == null) {
            v =
                earlierVariables != null
                    ? BuildVariables.analyze(parse.dockerfile(), earlierVariables)
                    : BuildVariables.analyze(parse.dockerfile());
            variables = v;
          }
        }
      }
      return v;
    }

    ChosenContext buildContext() {
      ChosenContext c = buildContext;
      if (c == null) {
        synchronized (this) {
          c = buildContext;
          if (c == null) {
            c = contextSupplier.get();
            buildContext = c;
          }
        }
      }
      return c;
    }

    /**
     * Rules that find from above check only the instructions after {@code kept}, the first ones of
     * the file, which an earlier lint whose memos were {@code earlierMemo} also linted.
     */
    void keep(
        List<dev.dfkit.parser.ast.Instruction> kept,
        Map<Object, Object> earlierMemo,
        BuildVariables earlierVariables) {
      this.keptInstructions = kept;
      this.earlierMemo = earlierMemo;
      this.earlierVariables = earlierVariables;
    }

    /**
     * The instructions from index {@code firstMoved} on are those a re-parse moved unchanged below
     * the edit, from offset {@code movedStart} on; rules that {@link Rule#readsAbove} none of the
     * instructions the edit changed keep the earlier lint's findings on them, moved.
     */
    private int firstMoved = -1;

    private int movedStart = Integer.MAX_VALUE;

    void moveBelow(int firstMoved, int movedStart) {
      this.firstMoved = firstMoved;
      this.movedStart = movedStart;
    }

    /** Whether {@code offset} lies in one of the kept ONBUILD instructions. */
    boolean insideKeptOnbuild(int offset) {
      // the last kept instruction starting at or before offset (they are in file order)
      List<dev.dfkit.parser.ast.Instruction> kept = keptInstructions;
      int lo = 0;
      int hi = kept.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (kept.get(mid).range().startOffset() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return hi >= 0
          && kept.get(hi) instanceof dev.dfkit.parser.ast.Onbuild onbuild
          && offset < onbuild.range().endOffset();
    }

    /** The variables if a rule asked for them (null otherwise). */
    BuildVariables computedVariables() {
      return variables;
    }

    Map<Object, Object> memo() {
      return memo;
    }

    /** Where the instructions whose findings are reused end (-1: none are). */
    int keptEnd() {
      List<dev.dfkit.parser.ast.Instruction> kept = keptInstructions;
      return kept.isEmpty() ? -1 : kept.get(kept.size() - 1).range().endOffset();
    }

    /** The index of the first instruction after the kept ones. */
    int firstAfterKept() {
      return keptInstructions.size();
    }
  }

  private final FileState file;
  private final List<Finding> findings = new ArrayList<>();
  private Rule current;
  private RuleMeta currentInfo;

  /** {@link FileState#keptEnd} while a rule that finds from above runs, else -1. */
  private int keptEnd = -1;

  /**
   * While a rule that keeps its findings below the edit runs, where the moved instructions start
   * (offset, index); else no offset and no index.
   */
  private int movedStart = Integer.MAX_VALUE;

  private int firstMoved = -1;

  LintContext(FileState file) {
    this.file = file;
  }

  public ParseResult parse() {
    return file.parse;
  }

  public Dockerfile dockerfile() {
    return file.parse.dockerfile();
  }

  public String sourceName() {
    return file.parse.sourceName();
  }

  /** The file's path, when it was read from disk. */
  public Optional<Path> path() {
    return file.path;
  }

  public LintConfig config() {
    return file.config;
  }

  /** The variables at each point of the file, with no build arguments (computed once). */
  public BuildVariables variables() {
    return file.variables();
  }

  /** The linter's RUN-script parses, shared by the files it lints (and by a file's versions). */
  public ShellScriptCache scripts() {
    return file.scripts;
  }

  /**
   * A value made once per linter and kept across its runs (over every file and version it lints),
   * for caches of the rules; it must be thread-safe and bounded. Keys as for {@link #memo}.
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(Object key, java.util.function.Supplier<T> make) {
    return (T) file.kept.computeIfAbsent(key, k -> make.get());
  }

  /** The build context, when the file is on disk (read lazily, once). */
  public Optional<BuildContext> buildContext() {
    return file.buildContext().context();
  }

  /**
   * Whether the build context was named (the command line, the configuration's {@code context:}, a
   * Compose or dev container file that builds this Dockerfile) rather than taken to be the
   * Dockerfile's folder, which is only a guess.
   */
  public boolean buildContextNamed() {
    return file.buildContext().named();
  }

  /**
   * A file's build context, when it is on disk, and whether someone named it (see {@link
   * #buildContextNamed}); found together, as both come from the same lookup.
   */
  record ChosenContext(Optional<BuildContext> context, boolean named) {
    static final ChosenContext NONE = new ChosenContext(Optional.empty(), false);
  }

  /**
   * A value computed once per file and shared by every rule that asks with the same key (a parsed
   * shell script, an index of the build context). Keys should be records or other value types. The
   * value must be safe to share between threads; should two threads ask at once, both may compute
   * it, and both get the one stored first.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    Object v = file.memo.get(key);
    if (v == null) {
      // not computeIfAbsent: a computation may ask for other memos
      v = compute.get();
      Object first = file.memo.putIfAbsent(key, v);
      if (first != null) {
        v = first;
      }
    }
    return (T) v;
  }

  /**
   * The instructions at the top of the file that an earlier lint of this file linted as they are
   * (the same objects: the re-parse took them over), and what that lint's {@link #memo} held for
   * {@code key}; empty when no earlier lint is reused. A memo may take over the parts of the
   * earlier value that are about those instructions and depend only on them and what is above them,
   * never the rest (it was computed for other text below).
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<Kept<T>> keptMemo(Object key) {
    Object v = file.earlierMemo.get(key);
    return v == null ? Optional.empty() : Optional.of(new Kept<>(file.keptInstructions, (T) v));
  }

  /** See {@link #keptMemo}. */
  public record Kept<T>(List<dev.dfkit.parser.ast.Instruction> instructions, T earlier) {}

  /**
   * Whether the running rule should check this instruction: false only for an instruction above an
   * edit whose findings by this rule an earlier lint of the file left (see {@link
   * Rule#findsFromAbove}), or one the re-parse moved below it unchanged whose findings it moves
   * (see {@link Rule#readsAbove}).
   */
  public boolean checks(dev.dfkit.parser.ast.Instruction instruction) {
    int start = instruction.range().startOffset();
    return start > keptEnd && start < movedStart;
  }

  /**
   * The file's instructions the running rule checks ({@link #checks}): all of them, or those
   * between the kept ones and the moved ones. A rule that walks every instruction walks this
   * instead, without asking {@link #checks} of each (tens of thousands of questions per edit on a
   * big file). It runs to the end of the file for every rule that does not declare {@link
   * Rule#readsAbove} (DL3059 counts on that).
   */
  public List<dev.dfkit.parser.ast.Instruction> checkedInstructions() {
    List<dev.dfkit.parser.ast.Instruction> all = dockerfile().instructions();
    int from = keptEnd < 0 ? 0 : file.firstAfterKept();
    int to = firstMoved < 0 ? all.size() : firstMoved;
    return from == 0 && to == all.size() ? all : all.subList(from, to);
  }

  /** Reports a finding of the running rule. */
  public void report(SourceRange range, String message) {
    add(range, message, Optional.empty());
  }

  /** Reports a finding of the running rule with a safe fix. */
  public void report(SourceRange range, String message, Fix fix) {
    add(range, message, Optional.of(fix));
  }

  /**
   * Reports a finding under another id than the running rule's: a pass-through rule (ShellCheck)
   * reports each tool finding by its own code ({@code SC2086}) so pragmas and configuration can
   * name it.
   */
  public void reportAs(
      String id,
      LintSeverity severity,
      SourceRange range,
      String message,
      String url,
      Optional<Fix> fix) {
    findings.add(new Finding(id, severity, range, message, url, fix, Optional.empty()));
  }

  /**
   * Reports a finding of the running rule in another file (the context's .dockerignore): {@code
   * file} is its path as it should be shown, {@code range} is in that file.
   */
  public void reportIn(String file, SourceRange range, String message) {
    reportIn(file, range, message, Optional.empty());
  }

  /** As {@link #reportIn(String, SourceRange, String)}, with a fix whose edits are in that file. */
  public void reportIn(String file, SourceRange range, String message, Optional<Fix> fix) {
    findings.add(
        new Finding(
            currentInfo.id(),
            currentInfo.severity(),
            range,
            message,
            currentInfo.url(),
            fix,
            Optional.of(file)));
  }

  private void add(SourceRange range, String message, Optional<Fix> fix) {
    findings.add(
        new Finding(
            currentInfo.id(),
            currentInfo.severity(),
            range,
            message,
            currentInfo.url(),
            fix,
            Optional.empty()));
  }

  /**
   * Runs {@code rule} next; {@code keepsBelow} when the linter moves its earlier findings on the
   * moved instructions (it then checks only those above them).
   */
  void start(Rule rule, RuleMeta info, boolean keepsBelow) {
    this.current = rule;
    this.currentInfo = info;
    this.keptEnd = rule.findsFromAbove() ? file.keptEnd() : -1;
    this.movedStart = keepsBelow ? file.movedStart : Integer.MAX_VALUE;
    this.firstMoved = keepsBelow ? file.firstMoved : -1;
  }

  Rule current() {
    return current;
  }

  /** The findings reported since the last call, taken out. */
  List<Finding> takeFindings() {
    List<Finding> out = List.copyOf(findings);
    findings.clear();
    return out;
  }
}
