package dev.dfkit.parser.ignore;

/**
 * The pattern that decided whether a path is ignored.
 *
 * @param pattern the last pattern that applied to the path (or to one of its parent directories)
 * @param excluded {@code true} when the path is ignored, i.e. {@code pattern} is not an exception
 */
public record IgnoreMatch(IgnorePattern pattern, boolean excluded) {}
