package dev.dfkit.lint;

import dev.dfkit.parser.MovedTail;
import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * One problem a rule found.
 *
 * @param rule the rule id
 * @param severity after configuration
 * @param range where it is, in the linted file
 * @param message what is wrong, and what to do where the rule knows
 * @param url the rule's documentation
 * @param fix a safe automatic fix, when the rule has one here
 * @param file the file the range is in when it is not the linted Dockerfile (its .dockerignore)
 */
public record Finding(
    String rule,
    LintSeverity severity,
    SourceRange range,
    String message,
    String url,
    Optional<Fix> fix,
    Optional<String> file) {

  public boolean fixable() {
    return fix.isPresent();
  }

  /** This finding of an earlier text's moved part, where it is now (its fix's edits too). */
  Finding moved(MovedTail m) {
    return new Finding(
        rule, severity, m.moved(range), message, url, fix.map(f -> f.moved(m)), file);
  }

  Finding withSeverity(LintSeverity s) {
    // the same object when unchanged: an editor's next lint hands back the very findings it kept
    return s == severity ? this : new Finding(rule, s, range, message, url, fix, file);
  }
}
