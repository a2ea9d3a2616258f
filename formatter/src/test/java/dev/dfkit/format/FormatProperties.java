package dev.dfkit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The formatter's laws on random Dockerfiles ({@link RandomDockerfiles}): formatting is idempotent,
 * keeps the meaning (same directives, instructions, flags, arguments, heredoc bodies, comments,
 * shell words and operators; no new diagnostic), and never needs its own safety net.
 */
class FormatProperties {

  @Provide
  Arbitrary<String> dockerfiles() {
    return RandomDockerfiles.dockerfiles();
  }

  @Property(tries = 1500)
  void formattingIsIdempotentAndKeepsTheMeaning(@ForAll("dockerfiles") String text) {
    for (FormatOptions o : ConformanceFormatTest.OPTION_SETS) {
      FormatResult once = Formatter.format(text, o);
      ParseResult parsed = DockerfileParser.parse(text);
      assertThat(once.refused()).isEqualTo(parsed.hasSyntaxErrors());
      if (once.refused()) {
        continue;
      }
      assertThat(once.notes()).as(text).noneMatch(n -> n.kind() == FormatNote.Kind.GUARD);
      assertThat(Equivalence.differences(parsed, DockerfileParser.parse(once.text())))
          .as(text)
          .isEmpty();
      assertThat(Formatter.format(once.text(), o).text()).as(text).isEqualTo(once.text());
    }
  }

  @Property(tries = 300)
  void lineEndingsDoNotChangeTheLayout(@ForAll("dockerfiles") String text) {
    String lf = text.replace("\r\n", "\n");
    FormatResult a = Formatter.format(lf, FormatOptions.DEFAULTS);
    FormatResult b = Formatter.format(lf.replace("\n", "\r\n"), FormatOptions.DEFAULTS);
    if (a.refused() || b.refused() || lf.contains("<<")) {
      return; // heredoc bodies keep their own line ends
    }
    assertThat(b.text()).isEqualTo(a.text().replace("\n", "\r\n"));
  }
}
