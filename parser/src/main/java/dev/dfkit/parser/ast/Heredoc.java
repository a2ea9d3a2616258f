package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.regex.Pattern;

/**
 * A here-document attached to {@code RUN}, {@code COPY} or {@code ADD}.
 *
 * @param name the delimiter, quotes removed
 * @param fileDescriptor the number before {@code <<} (0 when absent)
 * @param expand false when any part of the delimiter word was quoted
 * @param chomp true for {@code <<-}: leading tabs are stripped from body lines when used
 * @param content the raw body, every line with its line terminator, before tab stripping
 * @param wordRange the {@code <<EOF} word on the instruction line
 * @param bodyRange the body lines (empty when the body is empty)
 * @param terminatorRange the delimiter line, without its line terminator (empty and at the end of
 *     the file when the heredoc is unterminated)
 */
public record Heredoc(
    String name,
    int fileDescriptor,
    boolean expand,
    boolean chomp,
    String content,
    SourceRange wordRange,
    SourceRange bodyRange,
    SourceRange terminatorRange) {

  private static final Pattern LEADING_TABS = Pattern.compile("(?m)^\\t+");

  /** The content as used by the build: leading tabs removed from each line when chomping. */
  public String effectiveContent() {
    return chomp ? LEADING_TABS.matcher(content).replaceAll("") : content;
  }
}
