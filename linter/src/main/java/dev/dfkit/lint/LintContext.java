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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees of one file: the parsed tree, its variables, the build context, the
 * configuration; and where it reports. One context per file, used by one thread.
 */
public final class LintContext {

  private final ParseResult parse;
  private final Optional<Path> path;
  private final LintConfig config;
  private final Supplier<Optional<BuildContext>> contextSupplier;
  private final ShellScriptCache scripts;
  private final java.util.Map<Object, Object> kept;
  private BuildVariables variables;
  private Optional<BuildContext> buildContext;
  private final List<Finding> findings = new ArrayList<>();
  private final java.util.Map<Object, Object> memo = new java.util.HashMap<>();
  private Rule current;
  private RuleMeta currentInfo;

  LintContext(
      ParseResult parse,
      Optional<Path> path,
      LintConfig config,
      Supplier<Optional<BuildContext>> contextSupplier,
      ShellScriptCache scripts,
      java.util.Map<Object, Object> kept) {
    this.parse = parse;
    this.path = path;
    this.config = config;
    this.contextSupplier = contextSupplier;
    this.scripts = scripts;
    this.kept = kept;
  }

  public ParseResult parse() {
    return parse;
  }

  public Dockerfile dockerfile() {
    return parse.dockerfile();
  }

  public String sourceName() {
    return parse.sourceName();
  }

  /** The file's path, when it was read from disk. */
  public Optional<Path> path() {
    return path;
  }

  public LintConfig config() {
    return config;
  }

  /** The variables at each point of the file, with no build arguments (computed once). */
  public BuildVariables variables() {
    if (variables == null) {
      variables = BuildVariables.analyze(dockerfile());
    }
    return variables;
  }

  /** The linter's RUN-script parses, shared by the files it lints (and by a file's versions). */
  public ShellScriptCache scripts() {
    return scripts;
  }

  /**
   * A value made once per linter and kept across its runs (over every file and version it lints),
   * for caches of the rules; it must be thread-safe and bounded. Keys as for {@link #memo}.
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(Object key, java.util.function.Supplier<T> make) {
    return (T) kept.computeIfAbsent(key, k -> make.get());
  }

  /** The build context, when the file is on disk (read lazily, once). */
  public Optional<BuildContext> buildContext() {
    if (buildContext == null) {
      buildContext = contextSupplier.get();
    }
    return buildContext;
  }

  /**
   * A value computed once per file and shared by every rule that asks with the same key (a parsed
   * shell script, an index of the build context). Keys should be records or other value types.
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
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

  void start(Rule rule, RuleMeta info) {
    this.current = rule;
    this.currentInfo = info;
  }

  Rule current() {
    return current;
  }

  List<Finding> findings() {
    return findings;
  }
}
