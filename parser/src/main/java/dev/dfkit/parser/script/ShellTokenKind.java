package dev.dfkit.parser.script;

/** What a {@link ShellToken} is. */
public enum ShellTokenKind {
  /** A word (command name, argument, pattern, redirection target, ...). */
  WORD,
  /** {@code NAME=value} before a command name. */
  ASSIGNMENT,
  /** A reserved word in command position: {@code if}, {@code do}, <code>{</code>, {@code !}, ... */
  RESERVED_WORD,
  /** A control operator: {@code && || | |& ; & ;; ;& ;;& ( )}. */
  OPERATOR,
  /** A redirection operator with its file descriptor: {@code >}, {@code 2>&}, {@code <<-}, ... */
  REDIRECTION,
  /** {@code ((expression))}, whole. */
  ARITHMETIC_COMMAND,
  /** A line end. */
  NEWLINE,
  /** {@code #...} to the end of the line. */
  COMMENT,
  /** The lines of a here-document body, line ends included. */
  HEREDOC_BODY,
  /** The delimiter line of a here-document, without its line end. */
  HEREDOC_DELIMITER
}
