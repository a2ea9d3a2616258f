package dev.dfkit.parser.ignore;

import dev.dfkit.parser.source.SourceRange;

/**
 * One line of an ignore file that holds a pattern.
 *
 * @param raw the line's text as written (without its line break, a trailing {@code \r} or a leading
 *     byte order mark)
 * @param pattern the pattern after BuildKit's normalisation (trimmed, path-cleaned, one leading
 *     {@code /} removed), without the leading {@code !}
 * @param exclusion {@code true} for an exception ({@code !}) line, which re-includes paths
 * @param range the pattern text in the file (the trimmed line, including any {@code !}); line and
 *     column are 0-based
 * @param line the 0-based line number; for {@link DockerIgnore#of} the index in the list
 */
public record IgnorePattern(
    String raw, String pattern, boolean exclusion, SourceRange range, int line) {

  /** The pattern as BuildKit sees it, with {@code !} in front of an exception. */
  public String display() {
    return exclusion ? "!" + pattern : pattern;
  }
}
