package dev.dfkit.ls.services;

import dev.dfkit.lint.config.RuleSetting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the client's settings say about linting, over what {@code .dflint.yaml} says.
 *
 * @param rules per-rule settings by id (on, off, or on at a severity); they win over the file's
 * @param contextDir the build context; default: the configuration's, else the Dockerfile's folder
 * @param generation bumped when files outside the document change (the build context, its
 *     .dockerignore, the configuration), so results computed before are not reused
 */
public record DiagnosticsSettings(
    Map<String, RuleSetting> rules, Optional<Path> contextDir, long generation) {

  public static final DiagnosticsSettings DEFAULT =
      new DiagnosticsSettings(Map.of(), Optional.empty(), 0);

  public DiagnosticsSettings {
    rules = Map.copyOf(rules);
  }

  public DiagnosticsSettings withGeneration(long g) {
    return new DiagnosticsSettings(rules, contextDir, g);
  }
}
