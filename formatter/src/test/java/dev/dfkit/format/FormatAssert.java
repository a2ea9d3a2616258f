package dev.dfkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;

/** The laws every formatted file obeys. */
final class FormatAssert {

  private FormatAssert() {}

  /**
   * {@code after} parses with no diagnostic {@code before} did not have, and its directives,
   * instructions, flags, arguments, heredoc bodies, comments and shell words equal the original's.
   */
  static void assertMeansTheSame(String before, String after) {
    ParseResult a = DockerfileParser.parse(before);
    ParseResult b = DockerfileParser.parse(after);
    assertThat(Equivalence.differences(a, b)).as("differences after formatting").isEmpty();
  }

  /** Formats, checks the laws, and returns the result. */
  static FormatResult formatChecked(String text, FormatOptions options) {
    FormatResult r = Formatter.format(text, options);
    if (r.refused()) {
      assertThat(r.text()).isEqualTo(text);
      return r;
    }
    assertMeansTheSame(text, r.text());
    assertThat(Formatter.format(r.text(), options).text()).as("idempotent").isEqualTo(r.text());
    assertThat(r.notes()).noneMatch(n -> n.kind() == FormatNote.Kind.GUARD);
    return r;
  }
}
