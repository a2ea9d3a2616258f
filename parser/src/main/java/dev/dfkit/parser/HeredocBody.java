package dev.dfkit.parser;

import dev.dfkit.parser.source.SourceRange;

/** A heredoc body as the lexer read it, before it is matched with its {@code <<WORD}. */
record HeredocBody(
    String content, SourceRange bodyRange, SourceRange terminatorRange, boolean terminated) {}
