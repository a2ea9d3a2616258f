package dev.dfkit.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The body of a here-document, filled in by {@link PosixShellLexerBase} as it reads the lines after
 * the command line that holds {@code <<WORD}.
 */
public final class ShellHeredoc {

  private final String delimiter;
  private final boolean quoted;
  private final boolean stripTabs;
  private final List<Token> lines = new ArrayList<>();
  private Token terminator;

  ShellHeredoc(String delimiter, boolean quoted, boolean stripTabs) {
    this.delimiter = delimiter;
    this.quoted = quoted;
    this.stripTabs = stripTabs;
  }

  /** The delimiter after quote removal. */
  public String delimiter() {
    return delimiter;
  }

  /** True when any part of the delimiter word was quoted: the body is not expanded. */
  public boolean quoted() {
    return quoted;
  }

  /** True for {@code <<-}: leading tabs are stripped from the body and the delimiter line. */
  public boolean stripTabs() {
    return stripTabs;
  }

  /** The body's tokens ({@code HEREDOC_TEXT} and {@code HEREDOC_NEWLINE}), in order. */
  public List<Token> lines() {
    return List.copyOf(lines);
  }

  /** The delimiter line ({@code HEREDOC_END}), or null when the input ended first. */
  public Token terminator() {
    return terminator;
  }

  void addLine(Token token) {
    lines.add(token);
  }

  void terminate(Token token) {
    terminator = token;
  }

  boolean isDelimiterLine(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    int start = 0;
    if (stripTabs) {
      while (start < end && line.charAt(start) == '\t') {
        start++;
      }
    }
    return end - start == delimiter.length() && line.startsWith(delimiter, start);
  }
}
