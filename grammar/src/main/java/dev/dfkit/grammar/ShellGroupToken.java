package dev.dfkit.grammar;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A nested part of a word, from its opening token to its closing one: {@code "..."}, {@code ${...}}
 * (and a brace pair inside one), {@code $((...))}, {@code ((...))}, {@code $(...)}, {@code <(...)},
 * or the {@code (...)} of an array assignment. Its type is the opening token's, except {@code
 * ARITH_COMMAND} for {@code ((...))}.
 */
public final class ShellGroupToken extends CachedTextToken {

  private final Token open;
  private final List<Token> content;
  private final Token close;

  ShellGroupToken(
      Pair<TokenSource, CharStream> source,
      int type,
      Token open,
      List<Token> content,
      Token close) {
    super(
        source,
        type,
        DEFAULT_CHANNEL,
        open.getStartIndex(),
        close != null
            ? close.getStopIndex()
            : content.isEmpty()
                ? open.getStopIndex()
                : content.get(content.size() - 1).getStopIndex());
    this.open = open;
    this.content = List.copyOf(content);
    this.close = close;
    setLine(open.getLine());
    setCharPositionInLine(open.getCharPositionInLine());
  }

  public Token open() {
    return open;
  }

  /**
   * What is between the opening and closing tokens. For {@code $(...)}, {@code <(...)} and arrays
   * these are script tokens (words already glued, hidden tokens included); otherwise word parts.
   */
  public List<Token> content() {
    return content;
  }

  /** The closing token, or null when the input ended first. */
  public Token close() {
    return close;
  }

  public boolean isTerminated() {
    return close != null;
  }
}
