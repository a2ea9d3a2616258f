package dev.dfkit.parser.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellPatternTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "*                  => ^.*",
        "?                  => ^.",
        "\\*                => ^\\*",
        "a\\}b\\/c          => ^a\\}b/c",
        "(()[]{\\}^$.\\*\\?|\\\\ => ^\\(\\(\\)\\[\\]\\{\\}\\^\\$\\.\\*\\?\\|\\\\",
      })
  void translatesGreedyAnchored(String glob, String regex) throws Exception {
    assertThat(ShellPattern.toRegex(glob, true, true)).isEqualTo(regex);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\", "\\x", "\\\\\\", "a\\#"})
  void rejectsUnknownEscapes(String glob) {
    assertThatThrownBy(() -> ShellPattern.toRegex(glob, true, true))
        .isInstanceOf(ExpansionFailure.class)
        .hasMessageStartingWith("invalid pattern (" + glob + ") in substitution: invalid escape");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a\\*c    | c\\*a",
        "\\\\\\ab | b\\a\\\\",
        "ab\\     | \\ba",
        "\\\\b    | b\\\\",
        "👽\\🚀🖖 | 🖖\\🚀👽",
      })
  void reversesKeepingEscapePairs(String glob, String reversed) {
    assertThat(ShellPattern.reverseGlob(glob)).isEqualTo(reversed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a*      | abcabc | false | bcabc",
        "a*      | abcabc | true  | ''",
        "*c      | abcabc | false | abc",
        "?       | 🖖x    | false | x",
        "\\*     | *x     | false | x",
      })
  void removesPrefix(String glob, String value, boolean greedy, String expected) throws Exception {
    assertThat(ShellPattern.removePrefix(glob, value, greedy)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "c*      | abcabc | false | abcab",
        "b*      | abcabc | true  | a",
        "?       | x🖖    | false | x",
      })
  void removesSuffix(String glob, String value, boolean greedy, String expected) throws Exception {
    assertThat(ShellPattern.removeSuffix(glob, value, greedy)).isEqualTo(expected);
  }

  @Test
  void questionMarkMatchesAnythingButNewline() throws Exception {
    assertThat(ShellPattern.removePrefix("?", "\rx", false)).isEqualTo("x");
    assertThat(ShellPattern.removePrefix("?", "\u2028x", false)).isEqualTo("x");
    assertThat(ShellPattern.removePrefix("?", "\nx", false)).isEqualTo("\nx");
  }

  @Test
  void replaceAllFollowsGoTemplates() throws Exception {
    ShellPattern o = ShellPattern.compile("o", true, false);
    assertThat(o.replaceAll("foo", "<$0>")).isEqualTo("f<o><o>");
    assertThat(o.replaceAll("foo", "${0}$$0$1$00$x${x$")).isEqualTo("fo$0${x$o$0${x$");
    assertThat(o.replaceFirst("foo", "$0")).isEqualTo("f$0o");
  }
}
