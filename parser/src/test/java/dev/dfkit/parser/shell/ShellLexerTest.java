package dev.dfkit.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dfkit.parser.dump.GoQuote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values below were checked against BuildKit's lexer. */
class ShellLexerTest {
  private static final VariableLookup ENV =
      VariableLookup.of(vars("A", "a", "PWD", "/home", "SP", " x  y ", "EMPTY", ""));
  private static final ShellLexer BACKSLASH = ShellLexer.of('\\');
  private static final ShellLexer BACKTICK = ShellLexer.of('`');

  @Nested
  class BacktickEscape {
    @Test
    void escapesDollar() throws Exception {
      assertThat(expand(BACKTICK, "he`$PWD")).isEqualTo("he$PWD");
    }

    @Test
    void backslashIsLiteral() throws Exception {
      assertThat(expand(BACKTICK, "he\\$PWD")).isEqualTo("he\\/home");
      assertThat(expand(BACKTICK, "C:\\dir\\$A")).isEqualTo("C:\\dir\\a");
      assertThat(expand(BACKTICK, "\"C:\\dir\\$A\"")).isEqualTo("C:\\dir\\a");
    }

    @Test
    void escapesQuoteInsideDoubleQuotes() throws Exception {
      assertThat(expand(BACKTICK, "\"a`\"b\"")).isEqualTo("a\"b");
    }

    @Test
    void trailingEscapeIsDropped() throws Exception {
      assertThat(expand(BACKTICK, "hello`")).isEqualTo("hello");
    }

    @Test
    void escapedBlankDoesNotSplit() throws Exception {
      assertThat(BACKTICK.processWords("a` b c", ENV)).containsExactly("a b", "c");
    }

    @Test
    void escapesClosingBraceInDefault() throws Exception {
      assertThat(expand(BACKTICK, "${X:-x`}y}")).isEqualTo("x}y");
    }

    @Test
    void patternKeepsBacktickLiterally() throws Exception {
      // Pattern words keep their escapes; the pattern language only knows backslash.
      assertThat(expand(BACKTICK, "${PWD#`/}")).isEqualTo("/home");
      assertThat(expand(BACKSLASH, "${PWD#\\/}")).isEqualTo("home");
    }

    @Test
    void reportsItsToken() {
      assertThat(BACKTICK.escapeToken()).isEqualTo('`');
      assertThat(BACKSLASH.escapeToken()).isEqualTo('\\');
    }
  }

  @Nested
  class Options {
    @Test
    void defaultsAreOff() {
      ShellLexer lexer = ShellLexer.of('\\');
      assertThat(lexer.rawQuotes()).isFalse();
      assertThat(lexer.rawEscapes()).isFalse();
      assertThat(lexer.skipProcessQuotes()).isFalse();
      assertThat(lexer.skipUnsetEnv()).isFalse();
    }

    @Test
    void withReturnsChangedCopy() {
      ShellLexer raw = BACKSLASH.withRawQuotes(true);
      assertThat(raw.rawQuotes()).isTrue();
      assertThat(BACKSLASH.rawQuotes()).isFalse();
      assertThat(raw).isNotEqualTo(BACKSLASH).isEqualTo(ShellLexer.of('\\').withRawQuotes(true));
    }

    @Test
    void rejectsOtherEscapeTokens() {
      assertThatThrownBy(() -> ShellLexer.of('^')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rawQuotesKeepsQuoteCharacters() throws Exception {
      ShellLexer lexer = BACKSLASH.withRawQuotes(true);
      assertThat(expand(lexer, "'a b'\"c\"")).isEqualTo("'a b'\"c\"");
      assertThat(lexer.processWords("'a b'\"$SP\" d", ENV)).containsExactly("'a b'\" x  y \"", "d");
    }

    @Test
    void rawEscapesKeepsEscapeCharacters() throws Exception {
      ShellLexer lexer = BACKSLASH.withRawEscapes(true);
      assertThat(expand(lexer, "a\\ b")).isEqualTo("a\\ b");
      assertThat(lexer.processWords("a\\ b", ENV)).containsExactly("a\\ b");
      // In double quotes BuildKit writes the kept escape and then the escape itself again when
      // it escapes nothing: "\x" becomes \\x.
      assertThat(expand(lexer, "\"\\x\\$\"")).isEqualTo("\\\\x\\$");
    }

    @Test
    void skipProcessQuotesTreatsQuotesAsText() throws Exception {
      ShellLexer lexer = BACKSLASH.withSkipProcessQuotes(true);
      assertThat(expand(lexer, "'$A'\"$A\"")).isEqualTo("'a'\"a\"");
      assertThat(expand(lexer, "it's")).isEqualTo("it's");
    }

    @Test
    void skipUnsetEnvKeepsUnsetReferences() throws Exception {
      ShellLexer lexer = BACKSLASH.withSkipUnsetEnv(true);
      Expansion e = lexer.processWord("$X ${X} ${X:-d} ${X#p} ${X/a/b} ${X//a/b} $A", ENV);
      // BuildKit writes ${X//a/b} back with a single slash.
      assertThat(e.result()).isEqualTo("$X ${X} ${X:-d} ${X#p} ${X/a/b} ${X/a/b} a");
      assertThat(e.unmatched()).containsExactly("X");
      assertThat(expand(lexer, "${X?must}")).isEqualTo("${X?must}");
    }
  }

  @Nested
  class Expansions {
    @Test
    void tracksLookupsInOrder() throws Exception {
      Expansion e = BACKSLASH.processWord("${Z:-$PWD}${Y}$A${Z}", ENV);
      assertThat(e.result()).isEqualTo("/homea");
      assertThat(e.matched()).containsExactly("PWD", "A");
      assertThat(e.unmatched()).containsExactly("Z", "Y");
      assertThatThrownBy(() -> e.matched().add("B"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultWordIsExpandedEvenWhenNotUsed() {
      assertThatThrownBy(() -> BACKSLASH.processWord("${A:-${B:-${C?nope}}}", ENV))
          .hasMessage("failed to process \"${A:-${B:-${C?nope}}}\": C: nope");
    }

    @Test
    void splitsOnlyUnquotedExpansions() throws Exception {
      assertThat(BACKSLASH.processWords("$SP", ENV)).containsExactly("x", "y");
      assertThat(BACKSLASH.processWords("\"$SP\"", ENV)).containsExactly(" x  y ");
      assertThat(BACKSLASH.processWords("\"\" a ''", ENV)).containsExactly("a");
    }

    @Test
    void splitsOnUnicodeBlanksLikeGo() throws Exception {
      assertThat(BACKSLASH.processWords("é\tx\u00a0y\u3000z", ENV))
          .containsExactly("é", "x", "y", "z");
    }

    @Test
    void substitutionDropsTheWordInProgress() throws Exception {
      // BuildKit shares one word buffer between nested scans; we keep its output.
      assertThat(BACKSLASH.processWords("ab${X:-c} d", ENV)).containsExactly("c", "d");
      assertThat(BACKSLASH.processWords("x\"${X:-y}\"", ENV)).containsExactly("y");
      assertThat(expand(BACKSLASH, "ab${X:-c} d")).isEqualTo("abc d");
    }

    @Test
    void heredocMarkerStaysWithItsBlanks() throws Exception {
      assertThat(BACKSLASH.processWords("cat <<  EOF", ENV)).containsExactly("cat", "<<  EOF");
      assertThat(BACKSLASH.processWords("a<b", ENV)).containsExactly("a<b");
    }

    @Test
    void replaceAllReadsReplacementAsGoTemplate() throws Exception {
      assertThat(expand(BACKSLASH, "${PWD//o/[\\$0]}")).isEqualTo("/h[\\o]me");
      assertThat(expand(BACKSLASH, "${PWD/o/[\\$0]}")).isEqualTo("/h[\\$0]me");
    }

    @Test
    void replaceAllSkipsEmptyMatchAfterMatch() throws Exception {
      assertThat(expand(BACKSLASH, "${PWD//*/x}")).isEqualTo("x");
      assertThat(expand(BACKSLASH, "${PWD//$EMPTY/-}")).isEqualTo("-/-h-o-m-e-");
    }

    @Test
    void dropsLeadingByteOrderMark() throws Exception {
      assertThat(expand(BACKSLASH, "\ufeffab")).isEqualTo("ab");
    }

    @Test
    void emptyNameIsLookedUp() throws Exception {
      Expansion e = BACKSLASH.processWord("${+x}", ENV);
      assertThat(e.result()).isEmpty();
      assertThat(e.unmatched()).containsExactly("");
    }

    @Test
    void refusesAbsurdNesting() {
      String word = "${A:-".repeat(5000) + "}".repeat(5000);
      assertThatThrownBy(() -> BACKSLASH.processWord(word, ENV))
          .isInstanceOf(ExpansionException.class)
          .hasMessageEndingWith("syntax error: substitutions nested too deeply");
    }

    @Test
    void patternTooExpensiveFailsInsteadOfHanging() {
      VariableLookup env = VariableLookup.of(vars("V", "a".repeat(3000)));
      assertThatThrownBy(() -> BACKSLASH.processWord("${V#*a*a*a*a*a*a*a*a*a*a*a*b}", env))
          .isInstanceOf(ExpansionException.class)
          .hasMessageContaining("too expensive");
    }
  }

  @Nested
  class Errors {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '~',
        value = {
          "${EMPTY:?}             | EMPTY: is not allowed to be empty                       | 0",
          "${X?}                  | X: is not allowed to be unset                           | 0",
          "x ${X:?go away}        | X: go away                                              | 2",
          "x ${A                  | unsupported modifier (\uFFFD) in substitution           | 5",
          "x'abc                  | unexpected end of statement while looking for matching single-quote | 1",
          "~x\"abc~               | unexpected end of statement while looking for matching double-quote | 1",
          "${A:x}                 | unsupported modifier (:x) in substitution               | 3",
          "${A=x}                 | unsupported modifier (=) in substitution                | 3",
          "${A:#x}                | unsupported modifier (:#) in substitution               | 3",
          "a${}                   | syntax error: bad substitution                          | 3",
          "a${:-x}                | syntax error: bad substitution                          | 3",
          "a${                    | syntax error: missing '}'                               | 1",
          "a${A:-b                | syntax error: missing '}'                               | 1",
          "~a${A:-\"b}~           | syntax error: missing '}'                               | 1",
          "${A/b                  | syntax error: missing '/' in ${}                        | 0",
          "${A/b/c                | syntax error: missing '}'                               | 0",
          "${A#'\\'}              | invalid pattern (\\) in substitution: invalid escape '\\\uFFFD' | 0",
          "${A%ab\\x}             | invalid pattern (\\xba) in substitution: invalid escape '\\x' | 0",
          "x${A:-${}}             | syntax error: bad substitution                          | 8",
        })
    void messageAndOffset(String word, String reason, int offset) {
      ExpansionException e =
          catchThrowableOfType(ExpansionException.class, () -> BACKSLASH.processWord(word, ENV));
      assertThat(e).as("expansion of %s fails", word).isNotNull();
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage())
          .isEqualTo("failed to process " + GoQuote.quote(word) + ": " + reason);
      assertThat(e.word()).isEqualTo(word);
      assertThat(e.offset()).isEqualTo(offset);
      assertThatThrownBy(() -> BACKSLASH.processWords(word, ENV)).hasMessage(e.getMessage());
    }

    @Test
    void namesTheWordAsGoQuotesIt() {
      assertThatThrownBy(() -> BACKSLASH.processWord("\"a\\\tb\n", ENV))
          .hasMessage(
              "failed to process \"\\\"a\\\\\\tb\\n\": unexpected end of statement while looking"
                  + " for matching double-quote");
    }
  }

  private static String expand(ShellLexer lexer, String word) throws ExpansionException {
    return lexer.processWord(word, ENV).result();
  }

  static Map<String, String> vars(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void variableLookupKeepsDefinitionOrder() {
    VariableLookup lookup = VariableLookup.of(vars("Z", "1", "A", "", "M", "3"));
    assertThat(lookup.names()).containsExactly("Z", "A", "M");
    assertThat(lookup.get("A")).isEmpty();
    assertThat(lookup.get("B")).isNull();
    assertThat(VariableLookup.EMPTY.get("A")).isNull();
    assertThat(VariableLookup.EMPTY.names()).isEqualTo(List.of());
  }
}
