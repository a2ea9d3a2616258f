package dev.dfkit.parser.ignore;

import dev.dfkit.parser.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A compiled {@code .dockerignore} file (or {@code COPY --exclude} list) that answers whether a
 * path of the build context is ignored, exactly as BuildKit does with moby/patternmatcher.
 *
 * <p>Patterns are evaluated in order, starting from "not excluded"; a normal pattern applies only
 * while the path is not excluded, an exception ({@code !}) only while it is; a pattern applies if
 * it matches the path or one of its parent directories. The last pattern that applies decides.
 * Patterns are anchored at the context root ({@code *.md} does not match {@code docs/a.md}).
 *
 * <p>Paths are slash-separated and relative to the context root; they are cleaned first, so {@code
 * ./a}, {@code /a} and {@code a/} all mean {@code a}. Instances are immutable and safe to share
 * between threads; all regexes are compiled once, up front.
 */
public final class DockerIgnore {

  private static final DockerIgnore EMPTY = parse("");

  private final List<IgnorePattern> patterns;
  private final List<CompiledPattern> active;
  private final List<IgnorePattern> activePatterns;
  private final List<Diagnostic> diagnostics;
  private final List<CompiledPattern> exceptions;

  private DockerIgnore(List<PatternLine> lines) {
    PatternCompiler compiler = new PatternCompiler();
    lines.forEach(compiler::add);
    this.patterns = List.copyOf(compiler.patterns());
    this.active = List.copyOf(compiler.active());
    this.activePatterns = active.stream().map(CompiledPattern::source).toList();
    this.diagnostics = List.copyOf(compiler.diagnostics());
    this.exceptions = active.stream().filter(CompiledPattern::exclusion).toList();
  }

  /**
   * Reads ignore-file text. Never throws: a malformed pattern becomes an error diagnostic and takes
   * no part in matching (BuildKit would refuse the build).
   */
  public static DockerIgnore parse(String fileText) {
    return new DockerIgnore(IgnoreFileLines.read(fileText == null ? "" : fileText));
  }

  /**
   * Compiles a list of patterns such as {@code COPY --exclude} values: each entry is one pattern,
   * normalised like an ignore-file line, but {@code #} does not start a comment.
   */
  public static DockerIgnore of(List<String> patterns) {
    return new DockerIgnore(IgnoreFileLines.fromList(patterns == null ? List.of() : patterns));
  }

  /** An ignore file without patterns: nothing is excluded. */
  public static DockerIgnore empty() {
    return EMPTY;
  }

  /** Every pattern line in file order, including the invalid ones. */
  public List<IgnorePattern> patterns() {
    return patterns;
  }

  /** The patterns used for matching: {@link #patterns()} without the invalid ones. */
  public List<IgnorePattern> activePatterns() {
    return activePatterns;
  }

  /** Problems found, each with code {@code invalid-ignore-pattern} and the pattern's range. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether BuildKit leaves {@code path} (or everything under it) out of the build context. */
  public boolean isExcluded(String path) {
    CompiledPattern decider = decide(path);
    return decider != null && !decider.exclusion();
  }

  /**
   * The pattern that decided the result for {@code path}: the last one that applied. Empty when no
   * pattern applied, so the path is kept.
   */
  public Optional<IgnoreMatch> match(String path) {
    CompiledPattern decider = decide(path);
    return decider == null
        ? Optional.empty()
        : Optional.of(new IgnoreMatch(decider.source(), !decider.exclusion()));
  }

  /**
   * Whether some exception could re-include a path below the (excluded) directory {@code dirPath}.
   * When this is {@code false} a context walker can skip the directory entirely, as BuildKit's
   * walker does; {@code true} may be a false alarm, never a missed re-inclusion.
   */
  public boolean mayReincludeBelow(String dirPath) {
    if (exceptions.isEmpty()) {
      return false;
    }
    String dir = CleanPath.relative(dirPath);
    if (dir.equals(".") || dir.equals("/")) {
      return true;
    }
    for (CompiledPattern exception : exceptions) {
      if (exception.mayMatchAtOrBelow(dir)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any valid pattern is an exception ({@code !}). */
  public boolean hasExceptions() {
    return !exceptions.isEmpty();
  }

  /** The last pattern that applied to the path; its kind is the result. */
  private CompiledPattern decide(String path) {
    String p = CleanPath.relative(path);
    CompiledPattern decider = null;
    boolean excluded = false;
    for (CompiledPattern pattern : active) {
      // A pattern is only tried when it could change the result: normal patterns exclude,
      // exceptions re-include.
      if (pattern.exclusion() == excluded && pattern.matchesSelfOrParent(p)) {
        excluded = !excluded;
        decider = pattern;
      }
    }
    return decider;
  }

  @Override
  public String toString() {
    return "DockerIgnore" + activePatterns.stream().map(IgnorePattern::display).toList();
  }
}
