package dev.dfkit.parser.ast;

/** The kinds of lexical tokens; together they cover every character of a Dockerfile. */
public enum TokenKind {
  /** The UTF-8 byte-order mark at the start of the file. */
  BOM,
  DIRECTIVE,
  COMMENT,
  /** Blanks at the start of a line. */
  WHITESPACE,
  /** A line terminator ({@code \n}, with any {@code \r} before it). */
  NEWLINE,
  /** A known instruction keyword. */
  KEYWORD,
  /** The first word of an unknown instruction. */
  UNKNOWN_KEYWORD,
  /** Argument text, blanks between words included, up to a line end or a possible escape. */
  TEXT,
  /** The escape character ending a line, with the blanks and line terminator after it. */
  CONTINUATION,
  /** A comment line inside a continuation, with its line terminator. */
  CONTINUATION_COMMENT,
  /** A whitespace-only line inside a continuation, with its line terminator. */
  EMPTY_CONTINUATION_LINE,
  /** One line of a heredoc body, with its line terminator. */
  HEREDOC_LINE,
  /** The line that ends a heredoc, with its line terminator. */
  HEREDOC_END
}
