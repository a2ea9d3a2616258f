package dev.dfkit.lint;

import dev.dfkit.parser.ParseResult;
import java.util.List;
import java.util.Optional;

/**
 * The findings for one file, sorted by position.
 *
 * @param threshold findings at or above it fail; empty means never fail
 */
public record LintResult(
    ParseResult parse, List<Finding> findings, Optional<LintSeverity> threshold) {

  public LintResult {
    findings = List.copyOf(findings);
  }

  public String sourceName() {
    return parse.sourceName();
  }

  /** True when some finding is at or above the failure threshold. */
  public boolean failed() {
    return threshold.isPresent()
        && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
  }
}
