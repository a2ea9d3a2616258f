package dev.dfkit.lint;

import dev.dfkit.lint.config.LintConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * How to lint: the configuration plus what the command line adds.
 *
 * @param only when not empty, run just these rules
 * @param ignore never run these rules
 * @param failureThreshold overrides the configuration's threshold when present
 * @param contextDir the build context; default: the configuration's, else the one a dev container
 *     or Compose configuration builds it with (see {@code DeclaredBuildContext}), else the
 *     Dockerfile's folder
 */
public record LintOptions(
    LintConfig config,
    Set<String> only,
    Set<String> ignore,
    Optional<Optional<LintSeverity>> failureThreshold,
    Optional<Path> contextDir) {

  public LintOptions {
    only = Set.copyOf(only);
    ignore = Set.copyOf(ignore);
  }

  public static LintOptions of(LintConfig config) {
    return new LintOptions(config, Set.of(), Set.of(), Optional.empty(), Optional.empty());
  }

  public static final LintOptions DEFAULT = of(LintConfig.DEFAULT);

  public Optional<LintSeverity> threshold() {
    return failureThreshold.orElse(config.failureThreshold());
  }

  public LintOptions withConfig(LintConfig c) {
    return new LintOptions(c, only, ignore, failureThreshold, contextDir);
  }
}
