package dev.dfkit.lint.config;

import dev.dfkit.lint.LintSeverity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linter configuration, from a file and the command line.
 *
 * @param source the file it was read from, if any
 * @param rules per-rule settings by id
 * @param failureThreshold findings at or above it make dflint exit 1; empty means never
 * @param trustedRegistries registries FROM may use (DL3026); empty allows all
 * @param labelSchema required labels and their value types (DL3048 to DL3058)
 * @param strictLabels labels outside the schema are findings (DL3050)
 * @param disableIgnorePragma inline {@code # dflint ignore=} / {@code # hadolint ignore=} are not
 *     honoured
 * @param shellcheck whether to run ShellCheck when it is installed
 * @param context the build context directory, relative to the config file, if set
 * @param outputFormat hadolint's {@code format: tty|json|...} key, if set
 */
public record LintConfig(
    Optional<Path> source,
    Map<String, RuleSetting> rules,
    Optional<LintSeverity> failureThreshold,
    List<String> trustedRegistries,
    Map<String, LabelType> labelSchema,
    boolean strictLabels,
    boolean disableIgnorePragma,
    boolean shellcheck,
    Optional<Path> context,
    Optional<String> outputFormat) {

  public LintConfig {
    rules = Map.copyOf(rules);
    trustedRegistries = List.copyOf(trustedRegistries);
    labelSchema = Map.copyOf(labelSchema);
  }

  /** Every rule at its default, failing on info and worse (hadolint's default threshold). */
  public static final LintConfig DEFAULT =
      new LintConfig(
          Optional.empty(),
          Map.of(),
          Optional.of(LintSeverity.INFO),
          List.of(),
          Map.of(),
          false,
          false,
          true,
          Optional.empty(),
          Optional.empty());

  public RuleSetting rule(String id) {
    return rules.getOrDefault(id, null);
  }
}
