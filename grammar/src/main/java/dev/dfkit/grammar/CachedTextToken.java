package dev.dfkit.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token whose text is cut from the input on the first {@link #getText} and kept: the shell
 * lexer's state machine, the checks after it and the tree builder each ask a token for its text,
 * and {@link CommonToken} makes a new substring on every call. Tokens never asked (most blanks)
 * never make one. A token's start and stop do not change once it is made, so the text stays right.
 */
public class CachedTextToken extends CommonToken {

  /** Makes the shell lexer's tokens. */
  static final TokenFactory<CachedTextToken> FACTORY =
      new TokenFactory<>() {
        @Override
        public CachedTextToken create(
            Pair<TokenSource, CharStream> source,
            int type,
            String text,
            int channel,
            int start,
            int stop,
            int line,
            int charPositionInLine) {
          CachedTextToken t = new CachedTextToken(source, type, channel, start, stop);
          t.setLine(line);
          t.setCharPositionInLine(charPositionInLine);
          if (text != null) {
            t.setText(text);
          }
          return t;
        }

        @Override
        public CachedTextToken create(int type, String text) {
          CachedTextToken t = new CachedTextToken(EMPTY_SOURCE, type, DEFAULT_CHANNEL, -1, -1);
          t.setText(text);
          return t;
        }
      };

  CachedTextToken(
      Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
    super(source, type, channel, start, stop);
  }

  @Override
  public String getText() {
    String t = text;
    if (t == null) {
      t = super.getText();
      text = t;
    }
    return t;
  }
}
