package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/**
 * One ENV or LABEL pair. Key and value are as written (quotes and escapes kept, variables not
 * expanded).
 *
 * @param legacy true for the old {@code ENV key value} form (no {@code =})
 * @param range from the key to the end of the value
 */
public record KeyValue(Word key, Word value, boolean legacy, SourceRange range) {}
