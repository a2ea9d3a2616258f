package dev.dfkit.lint;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, worst first (hadolint's levels; BuildKit's checks are warnings). */
public enum LintSeverity {
  ERROR,
  WARNING,
  INFO,
  STYLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is at least as bad as {@code threshold}. */
  public boolean atLeast(LintSeverity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** {@code error}, {@code warning}, {@code info}, {@code style} (any case). */
  public static Optional<LintSeverity> parse(String text) {
    for (LintSeverity s : values()) {
      if (s.label().equalsIgnoreCase(text.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
