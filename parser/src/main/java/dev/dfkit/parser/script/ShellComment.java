package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;

/** A comment: from {@code #} (at the start of a word) to the end of its line, exclusive. */
public record ShellComment(String text, SourceRange range) {}
