package dev.dfkit.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableReferencesTest {

  private static VariableReference ref(
      String name, int start, int end, String operator, int nameStart) {
    return new VariableReference(name, start, end, operator, nameStart, nameStart + name.length());
  }

  @Test
  void plainReferences() {
    assertThat(ShellLexer.references("$A")).containsExactly(ref("A", 0, 2, null, 1));
    assertThat(ShellLexer.references("x${AB}y")).containsExactly(ref("AB", 1, 6, null, 3));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "${A:-x}  | :-", "${A-x}   | -", "${A:+x}  | :+", "${A+x}   | +",
        "${A:?x}  | :?", "${A?x}   | ?", "${A#x}   | #", "${A##x}  | ##",
        "${A%x}   | %", "${A%%x}  | %%", "${A/x/y} | /", "${A//x/y}| //",
      })
  void operators(String word, String operator) {
    assertThat(ShellLexer.references(word))
        .containsExactly(ref("A", 0, word.length(), operator, 2));
  }

  @Test
  void nestedReferencesInWords() {
    assertThat(ShellLexer.references("x${A:-$B}y"))
        .containsExactly(ref("A", 1, 9, ":-", 3), ref("B", 6, 8, null, 7));
    assertThat(ShellLexer.references("${A:-${B:+x}}"))
        .containsExactly(ref("A", 0, 13, ":-", 2), ref("B", 5, 12, ":+", 7));
    assertThat(ShellLexer.references("${A/$B/${C}}"))
        .extracting(VariableReference::name)
        .containsExactly("A", "B", "C");
  }

  @Test
  void skipsSingleQuotesAndEscapedDollars() {
    assertThat(ShellLexer.references("'$A' $B")).containsExactly(ref("B", 5, 7, null, 6));
    assertThat(ShellLexer.references("\\$A $B")).containsExactly(ref("B", 4, 6, null, 5));
    assertThat(ShellLexer.references("\"\\$A $B\"")).containsExactly(ref("B", 5, 7, null, 6));
    assertThat(ShellLexer.references("\"'$A'\"")).containsExactly(ref("A", 2, 4, null, 3));
    assertThat(ShellLexer.references("${X:-'$A'}$B"))
        .extracting(VariableReference::name)
        .containsExactly("X", "B");
  }

  @Test
  void followsTheEscapeToken() {
    assertThat(ShellLexer.references("`$A $B", '`')).containsExactly(ref("B", 4, 6, null, 5));
    assertThat(ShellLexer.references("\\$A", '`')).containsExactly(ref("A", 1, 3, null, 2));
    assertThat(ShellLexer.of('`').findReferences("`$A $B")).hasSize(1);
  }

  @Test
  void skipProcessQuotesMakesQuotesPlainText() {
    ShellLexer lexer = ShellLexer.of('\\').withSkipProcessQuotes(true);
    assertThat(lexer.findReferences("'$A'")).containsExactly(ref("A", 1, 3, null, 2));
  }

  @Test
  void parameterNames() {
    assertThat(ShellLexer.references("$1x")).containsExactly(ref("1", 0, 2, null, 1));
    assertThat(ShellLexer.references("$@")).containsExactly(ref("@", 0, 2, null, 1));
    assertThat(ShellLexer.references("${#}")).containsExactly(ref("#", 0, 4, null, 2));
    assertThat(ShellLexer.references("$$")).containsExactly(ref("$", 0, 2, null, 1));
    assertThat(ShellLexer.references("$안녕 x")).containsExactly(ref("안녕", 0, 3, null, 1));
  }

  @Test
  void unterminatedReferencesEndWithTheWord() {
    assertThat(ShellLexer.references("${A")).containsExactly(ref("A", 0, 3, null, 2));
    assertThat(ShellLexer.references("${A:")).containsExactly(ref("A", 0, 4, null, 2));
    assertThat(ShellLexer.references("${A:-x")).containsExactly(ref("A", 0, 6, ":-", 2));
    assertThat(ShellLexer.references("${A:-$B"))
        .containsExactly(ref("A", 0, 7, ":-", 2), ref("B", 5, 7, null, 6));
    assertThat(ShellLexer.references("${A/x")).containsExactly(ref("A", 0, 5, "/", 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "$", "${", "${}", "${:-x}", "${A=x}", "${A:x}", "'$A", "$😀", "a\\"})
  void noReference(String word) {
    assertThat(ShellLexer.references(word)).isEmpty();
  }

  @Test
  void badSubstitutionDoesNotHideLaterReferences() {
    assertThat(ShellLexer.references("${} $B")).containsExactly(ref("B", 4, 6, null, 5));
    assertThat(ShellLexer.references("${A=x} $B")).containsExactly(ref("B", 7, 9, null, 8));
  }

  @Test
  void deepNestingIsFine() {
    String word = "${A:-".repeat(100_000) + "}".repeat(100_000);
    List<VariableReference> refs = ShellLexer.references(word);
    assertThat(refs).hasSize(100_000);
    assertThat(refs.get(0)).isEqualTo(ref("A", 0, word.length(), ":-", 2));
  }
}
