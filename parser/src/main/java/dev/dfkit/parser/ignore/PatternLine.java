package dev.dfkit.parser.ignore;

import dev.dfkit.parser.source.SourceRange;

/**
 * A line that holds a pattern, before normalisation.
 *
 * @param raw the line as written
 * @param text the trimmed pattern text, {@code !} included
 * @param range where {@code text} is
 * @param line 0-based line (or list index)
 */
record PatternLine(String raw, String text, SourceRange range, int line) {}
