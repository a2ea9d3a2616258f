package dev.dfkit.grammar;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * One shell word as the parser sees it ({@code WORD}, {@code ASSIGNMENT_WORD} or a reserved word),
 * made by {@link PosixShellLexerBase} from the lexer tokens of its parts.
 */
public final class ShellWordToken extends CachedTextToken {

  private final List<Token> parts;
  private ShellHeredoc heredoc;

  ShellWordToken(
      Pair<TokenSource, CharStream> source, int type, int start, int stop, List<Token> parts) {
    super(source, type, DEFAULT_CHANNEL, start, stop);
    this.parts = List.copyOf(parts);
  }

  /**
   * The parts in order: plain lexer tokens ({@code LIT}, {@code SQ}, {@code ANSI_SQ}, {@code BQ},
   * {@code PARAM}) and {@link ShellGroupToken}s for the nested ones.
   */
  public List<Token> parts() {
    return parts;
  }

  /** The here-document this word is the delimiter of, or null. */
  public ShellHeredoc heredoc() {
    return heredoc;
  }

  void setHeredoc(ShellHeredoc heredoc) {
    this.heredoc = heredoc;
  }
}
