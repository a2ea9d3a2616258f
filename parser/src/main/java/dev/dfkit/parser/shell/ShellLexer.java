package dev.dfkit.parser.shell;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Expands variables in, and splits, shell words the way BuildKit's Dockerfile frontend does
 * (package {@code frontend/dockerfile/shell}).
 *
 * <p>Supported: {@code $A}, {@code ${A}}, {@code ${A:-w}}, {@code ${A-w}}, {@code ${A:+w}}, {@code
 * ${A+w}}, {@code ${A:?msg}}, {@code ${A?msg}}, {@code ${A#p}}, {@code ${A##p}}, {@code ${A%p}},
 * {@code ${A%%p}}, {@code ${A/p/r}}, {@code ${A//p/r}}, positional and special parameters (always
 * unset unless the lookup defines them), single and double quotes, and an escape token that is
 * either {@code \} or a backtick. Unset variables expand to the empty string unless {@link
 * #withSkipUnsetEnv(boolean)} is on.
 *
 * <p>Instances are immutable and thread-safe; the {@code with*} methods return changed copies.
 */
public final class ShellLexer {
  private final char escapeToken;
  private final boolean rawQuotes;
  private final boolean rawEscapes;
  private final boolean skipProcessQuotes;
  private final boolean skipUnsetEnv;

  private ShellLexer(
      char escapeToken,
      boolean rawQuotes,
      boolean rawEscapes,
      boolean skipProcessQuotes,
      boolean skipUnsetEnv) {
    this.escapeToken = escapeToken;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.skipProcessQuotes = skipProcessQuotes;
    this.skipUnsetEnv = skipUnsetEnv;
  }

  /**
   * A lexer with all options off.
   *
   * @param escapeToken {@code '\\'} or {@code '`'}, as a Dockerfile's {@code # escape=} directive
   *     allows
   * @throws IllegalArgumentException for any other character
   */
  public static ShellLexer of(char escapeToken) {
    if (escapeToken != '\\' && escapeToken != '`') {
      throw new IllegalArgumentException(
          "escape token must be '\\' or '`', not '" + escapeToken + "'");
    }
    return new ShellLexer(escapeToken, false, false, false, false);
  }

  /** Keep quote characters in the result (they still group and protect their content). */
  public ShellLexer withRawQuotes(boolean v) {
    return new ShellLexer(escapeToken, v, rawEscapes, skipProcessQuotes, skipUnsetEnv);
  }

  /** Keep escape tokens in the result (they still escape). */
  public ShellLexer withRawEscapes(boolean v) {
    return new ShellLexer(escapeToken, rawQuotes, v, skipProcessQuotes, skipUnsetEnv);
  }

  /** Treat quote characters as ordinary characters. */
  public ShellLexer withSkipProcessQuotes(boolean v) {
    return new ShellLexer(escapeToken, rawQuotes, rawEscapes, v, skipUnsetEnv);
  }

  /**
   * Leave references to unset variables as written ({@code $A}, {@code ${A:-x}}) instead of
   * expanding them, for a first pass whose variables are not all known yet.
   */
  public ShellLexer withSkipUnsetEnv(boolean v) {
    return new ShellLexer(escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, v);
  }

  public char escapeToken() {
    return escapeToken;
  }

  public boolean rawQuotes() {
    return rawQuotes;
  }

  public boolean rawEscapes() {
    return rawEscapes;
  }

  public boolean skipProcessQuotes() {
    return skipProcessQuotes;
  }

  public boolean skipUnsetEnv() {
    return skipUnsetEnv;
  }

  /**
   * Expands {@code word} to one string, without word splitting (BuildKit's {@code
   * ProcessWordWithMatches}), and reports which variables were found and which were not.
   *
   * @throws ExpansionException where BuildKit fails, with its message
   */
  public Expansion processWord(String word, VariableLookup env) throws ExpansionException {
    if (isPlain(word)) {
      return new Expansion(word, Set.of(), Set.of()); // most words: nothing to expand or remove
    }
    Expander expander = expander(word, env, true, false);
    String result = run(expander, word);
    return new Expansion(result, expander.matched(), expander.unmatched());
  }

  /**
   * Expands {@code word} and splits the result into words (BuildKit's {@code ProcessWords}):
   * whitespace from unquoted text and unquoted expansions separates words, quoted and escaped
   * whitespace does not, and empty quotes make no word.
   *
   * <p>As in BuildKit, a word in progress is dropped when a {@code ${A:-w}}-style substitution
   * starts: {@code ab${X:-c}} gives {@code [c]}.
   *
   * @throws ExpansionException where BuildKit fails, with its message
   */
  public List<String> processWords(String word, VariableLookup env) throws ExpansionException {
    Expander expander = expander(word, env, false, true);
    run(expander, word);
    return List.copyOf(expander.words());
  }

  /**
   * Where variables are referenced in {@code word}, for editors and linters; nothing is expanded
   * and nothing is thrown. Uses {@code \} as the escape token and processes quotes.
   */
  public static List<VariableReference> references(String word) {
    return ReferenceScanner.scan(word, '\\', true);
  }

  /** {@link #references(String)} with another escape token. */
  public static List<VariableReference> references(String word, char escapeToken) {
    return ReferenceScanner.scan(word, escapeToken, true);
  }

  /**
   * {@link #references(String)} with this lexer's escape token, and with quotes as plain characters
   * when {@link #skipProcessQuotes()} is on.
   */
  public List<VariableReference> findReferences(String word) {
    return ReferenceScanner.scan(word, escapeToken, !skipProcessQuotes);
  }

  /**
   * True when nothing in {@code word} expands, quotes, escapes or may start a heredoc, and it does
   * not start with a byte order mark (which the expander drops, as BuildKit's scanner does).
   */
  private boolean isPlain(String word) {
    if (!word.isEmpty() && word.charAt(0) == '\uFEFF') {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '$' || c == '\'' || c == '"' || c == '<' || c == escapeToken) {
        return false;
      }
    }
    return true;
  }

  private Expander expander(String word, VariableLookup env, boolean capture, boolean split) {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(env, "env");
    return new Expander(this, word, env, capture, split);
  }

  private static String run(Expander expander, String word) throws ExpansionException {
    try {
      return expander.run();
    } catch (ExpansionFailure f) {
      throw new ExpansionException(word, f.getMessage(), f.offset());
    } catch (StackOverflowError e) {
      // Only reachable with a very small thread stack; Expander limits nesting itself.
      throw new ExpansionException(word, "syntax error: substitutions nested too deeply", -1);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShellLexer other
        && other.escapeToken == escapeToken
        && other.rawQuotes == rawQuotes
        && other.rawEscapes == rawEscapes
        && other.skipProcessQuotes == skipProcessQuotes
        && other.skipUnsetEnv == skipUnsetEnv;
  }

  @Override
  public int hashCode() {
    return Objects.hash(escapeToken, rawQuotes, rawEscapes, skipProcessQuotes, skipUnsetEnv);
  }

  @Override
  public String toString() {
    return "ShellLexer[escapeToken="
        + escapeToken
        + ", rawQuotes="
        + rawQuotes
        + ", rawEscapes="
        + rawEscapes
        + ", skipProcessQuotes="
        + skipProcessQuotes
        + ", skipUnsetEnv="
        + skipUnsetEnv
        + "]";
  }
}
