package dev.dfkit.parser.syntax;

/**
 * A {@code [n]<<[-]NAME} word that opens a heredoc.
 *
 * @param name the delimiter with quotes removed
 * @param expand false when any part of the delimiter was quoted
 * @param chomp true for {@code <<-}
 * @param start start of the word in the logical line (-1 when unknown)
 * @param end end of the word in the logical line (-1 when unknown)
 */
public record HeredocWord(
    String name, int fileDescriptor, boolean expand, boolean chomp, int start, int end) {}
