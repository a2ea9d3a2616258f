/**
 * {@code .dockerignore} files and {@code COPY --exclude} lists with BuildKit's semantics: reading
 * the file ({@code ignorefile.ReadAll}), compiling patterns the way moby/patternmatcher does
 * (including the Go regular expression each wildcard pattern becomes), matching with "the path or a
 * parent matches" and exceptions in order, and finding the ignore file a build uses.
 *
 * <p>Start with {@link dev.dfkit.parser.ignore.DockerIgnore#parse} and {@link
 * dev.dfkit.parser.ignore.IgnoreFileLocator#locate}.
 *
 * <p>Matching uses java.util.regex, which backtracks: a pattern with many stars in one segment
 * (such as {@code *a*a*a*a*a*b}) can be slow on long names, where Go's engine stays linear.
 */
package dev.dfkit.parser.ignore;
