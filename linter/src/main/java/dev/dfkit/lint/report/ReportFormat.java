package dev.dfkit.lint.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats, by the names the command line takes. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  CHECKSTYLE,
  GITHUB,
  GNU,
  CODECLIMATE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Also accepts hadolint's names ({@code tty}, {@code gitlab_codeclimate}). */
  public static Optional<ReportFormat> parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "text", "tty" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      case "sarif" -> Optional.of(SARIF);
      case "checkstyle" -> Optional.of(CHECKSTYLE);
      case "github", "github-actions" -> Optional.of(GITHUB);
      case "gnu" -> Optional.of(GNU);
      case "codeclimate", "gitlab_codeclimate", "gitlab" -> Optional.of(CODECLIMATE);
      default -> Optional.empty();
    };
  }

  /** A reporter for this format; {@code color} only matters for text. */
  public Reporter reporter(boolean color) {
    return switch (this) {
      case TEXT -> new TextReporter(color);
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
      case CHECKSTYLE -> new CheckstyleReporter();
      case GITHUB -> new GithubReporter();
      case GNU -> new GnuReporter();
      case CODECLIMATE -> new CodeClimateReporter();
    };
  }
}
