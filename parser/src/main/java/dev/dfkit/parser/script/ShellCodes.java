package dev.dfkit.parser.script;

/** The codes of shell-script diagnostics, for tools that match on them. */
public final class ShellCodes {

  /** The script does not follow the shell's grammar ({@code if} without {@code fi}, ...). */
  public static final String SYNTAX = "shell-syntax";

  /** A quote, {@code $(}, <code>${</code>, {@code $((}, backquote or bracket is never closed. */
  public static final String UNTERMINATED = "shell-unterminated";

  /** A here-document ends at the end of the script, not at its delimiter line (a warning). */
  public static final String UNTERMINATED_HEREDOC = "shell-unterminated-heredoc";

  /** The script nests too deeply to be analysed; it is kept as text. */
  public static final String TOO_DEEP = "shell-too-deep";

  private ShellCodes() {}
}
