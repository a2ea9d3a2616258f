package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;

/**
 * One argument as BuildKit's parser holds it: for JSON (exec) form the decoded string, otherwise
 * the text as written on the logical line (quotes and escapes kept; expansion happens later).
 */
public record Word(String value, SourceRange range) {}
