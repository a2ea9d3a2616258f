package dev.dfkit.lint.config;

import dev.dfkit.lint.LintSeverity;
import java.util.Optional;

/**
 * What the configuration says about one rule: turned off, turned on (at its own severity), or on at
 * a given severity.
 */
public record RuleSetting(boolean enabled, Optional<LintSeverity> severity) {

  public static final RuleSetting OFF = new RuleSetting(false, Optional.empty());
  public static final RuleSetting ON = new RuleSetting(true, Optional.empty());

  public static RuleSetting at(LintSeverity severity) {
    return new RuleSetting(true, Optional.of(severity));
  }
}
