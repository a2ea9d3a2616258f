package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;

/**
 * A token of a script as the shell reads it. The tokens of a {@link Script}, with the blanks and
 * line continuations between them, are the script's text.
 *
 * @param text as written
 * @param range in the Dockerfile
 * @param start offset in the parsed script text (see {@link ShellScripts#parse})
 * @param end offset just past the token in the parsed script text
 */
public record ShellToken(ShellTokenKind kind, String text, SourceRange range, int start, int end) {}
