package dev.dfkit.parser.diagnostic;

/** How bad a diagnostic is; ordered from worst to mildest. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  HINT;

  /** Lower-case name as printed ({@code error}, {@code warning}, ...). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
