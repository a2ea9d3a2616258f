package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * The body of a here-document: the lines after the command line, up to the delimiter line. For a
 * {@code RUN} command the body may be the Dockerfile's own heredoc (BuildKit hands it to the
 * shell).
 *
 * @param delimiter the delimiter after quote removal
 * @param quoted true when the delimiter word was quoted: the body is not expanded
 * @param stripTabs true for {@code <<-}
 * @param body the body text, line ends included, as written (tabs not stripped)
 * @param bodyRange where the body is
 * @param terminatorRange the delimiter line, without its line end; empty when the text ended first
 */
public record HereDocument(
    String delimiter,
    boolean quoted,
    boolean stripTabs,
    String body,
    SourceRange bodyRange,
    Optional<SourceRange> terminatorRange) {

  public boolean isTerminated() {
    return terminatorRange.isPresent();
  }
}
