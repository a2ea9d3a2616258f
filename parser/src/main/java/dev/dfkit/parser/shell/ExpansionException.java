package dev.dfkit.parser.shell;

import dev.dfkit.parser.dump.GoQuote;

/**
 * Expansion of a word failed where BuildKit's would fail.
 *
 * <p>{@link #getMessage()} is BuildKit's text, for example {@code failed to process "${A?}": A: is
 * not allowed to be unset}.
 */
public final class ExpansionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String word;
  private final String reason;
  private final int offset;

  ExpansionException(String word, String reason, int offset) {
    super("failed to process " + GoQuote.quote(word) + ": " + reason);
    this.word = word;
    this.reason = reason;
    this.offset = offset;
  }

  /** The word that was being expanded. */
  public String word() {
    return word;
  }

  /** The message without the {@code failed to process "..."} prefix. */
  public String reason() {
    return reason;
  }

  /**
   * Char index in {@link #word()} of the construct at fault, or -1 if unknown: the opening quote of
   * an unterminated quote; the character after {@code ${} for a bad substitution; the modifier for
   * an unsupported modifier; the {@code $} of the substitution for a missing {@code }} or {@code
   * /}, a {@code ?} error or an invalid pattern.
   */
  public int offset() {
    return offset;
  }
}
