package dev.dfkit.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever the input, the lexer either expands it or fails with an ExpansionException. */
class ShellLexerProperties {
  private static final String SHELL_CHARS = "${}'\"\\`#%/:-+?*<> \tAB0@!x\n";
  private static final List<String> FRAGMENTS =
      List.of(
          "$", "${", "}", "${A", "${B", ":-", ":+", ":?", "#", "##", "%", "%%", "/", "//", "\\",
          "`", "'", "\"", "$A", "$0", "$$", "\\$", "\\}", "\\/", "*", "?", "<<", " ", "\uFEFF",
          "😀", "한", "=", "\\*", "[", "(");

  @Property(tries = 3000)
  void expansionFailsOnlyWithExpansionException(
      @ForAll("words") String word,
      @ForAll("lexers") ShellLexer lexer,
      @ForAll("environments") VariableLookup env) {
    try {
      Expansion e = lexer.processWord(word, env);
      assertThat(e.result()).isNotNull();
    } catch (ExpansionException e) {
      assertThat(e.getMessage()).startsWith("failed to process ");
      assertThat(e.offset()).isBetween(-1, word.length());
    }
    try {
      assertThat(lexer.processWords(word, env)).doesNotContainNull();
    } catch (ExpansionException e) {
      assertThat(e.word()).isEqualTo(word);
    }
  }

  @Property(tries = 3000)
  void referencesNeverThrowAndPointIntoTheWord(
      @ForAll("words") String word, @ForAll("lexers") ShellLexer lexer) {
    for (VariableReference r : lexer.findReferences(word)) {
      assertThat(word.charAt(r.start())).isEqualTo('$');
      assertThat(r.start()).isLessThan(r.nameStart());
      assertThat(r.nameStart()).isLessThan(r.nameEnd());
      assertThat(r.nameEnd()).isLessThanOrEqualTo(r.end());
      assertThat(r.end()).isLessThanOrEqualTo(word.length());
      assertThat(word.substring(r.nameStart(), r.nameEnd())).isEqualTo(r.name());
    }
  }

  /**
   * Expansion looks up exactly the names that {@code references} finds. (With skipUnsetEnv an
   * unsupported {@code ${A:x}} on an unset A passes through unexpanded, so that option is left
   * out.)
   */
  @Property(tries = 3000)
  void referencesNameWhatExpansionLooksUp(
      @ForAll("words") String word,
      @ForAll("lexers") ShellLexer anyLexer,
      @ForAll("environments") VariableLookup env) {
    ShellLexer lexer = anyLexer.withSkipUnsetEnv(false);
    Expansion expansion;
    try {
      expansion = lexer.processWord(word, env);
    } catch (ExpansionException e) {
      return;
    }
    Set<String> lookedUp = new TreeSet<>(expansion.matched());
    lookedUp.addAll(expansion.unmatched());
    lookedUp.remove(""); // ${+x} looks up the empty name; it is no reference
    Set<String> referenced = new TreeSet<>();
    lexer.findReferences(word).forEach(r -> referenced.add(r.name()));
    assertThat(referenced).isEqualTo(lookedUp);
  }

  @Property(tries = 500)
  void plainTextExpandsToItself(@ForAll("plainWords") String word) throws Exception {
    assertThat(ShellLexer.of('\\').processWord(word, VariableLookup.EMPTY).result())
        .isEqualTo(word);
  }

  /**
   * processWord answers a word with nothing to expand, quote or escape without running the
   * expander; the expander itself (run by processWords) reads such a word as itself too.
   */
  @Property(tries = 2000)
  void aWordWithNothingToExpandIsItselfToTheExpanderToo(
      @ForAll("wordsWithNothingToExpand") String word, @ForAll("lexers") ShellLexer lexer)
      throws Exception {
    Expansion e = lexer.processWord(word, VariableLookup.EMPTY);
    assertThat(e.result()).isEqualTo(word);
    assertThat(e.matched()).isEmpty();
    assertThat(e.unmatched()).isEmpty();
    assertThat(lexer.processWords(word, VariableLookup.EMPTY)).containsExactly(word);
  }

  @Provide
  Arbitrary<String> wordsWithNothingToExpand() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("-_./:=,{}()[]~!@#%^&*+|;?>\u00e9\u4e2d\uFEFF")
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(w -> w.charAt(0) != '\uFEFF');
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> fromChars = Arbitraries.strings().withChars(SHELL_CHARS).ofMaxLength(40);
    Arbitrary<String> fromFragments =
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(20).map(parts -> String.join("", parts));
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(30);
    return Arbitraries.frequencyOf(
        Tuple.of(4, fromChars), Tuple.of(5, fromFragments), Tuple.of(1, anything));
  }

  @Provide
  Arbitrary<String> plainWords() {
    return Arbitraries.strings().alpha().numeric().withChars(" -_./:=,").ofMaxLength(30);
  }

  @Provide
  Arbitrary<ShellLexer> lexers() {
    return Combinators.combine(
            Arbitraries.of('\\', '`'),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (escape, rawQuotes, rawEscapes, skipQuotes, skipUnset) ->
                ShellLexer.of(escape)
                    .withRawQuotes(rawQuotes)
                    .withRawEscapes(rawEscapes)
                    .withSkipProcessQuotes(skipQuotes)
                    .withSkipUnsetEnv(skipUnset));
  }

  @Provide
  Arbitrary<VariableLookup> environments() {
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of("", "x", "a b", "*", "\\", "$0", "/", "}", "#x", "\\*"),
            Arbitraries.strings().withChars(SHELL_CHARS).ofMaxLength(10));
    return Arbitraries.maps(Arbitraries.of("A", "B", "0", "@", ""), values)
        .ofMaxSize(5)
        .map(m -> VariableLookup.of(Map.copyOf(m)));
  }
}
