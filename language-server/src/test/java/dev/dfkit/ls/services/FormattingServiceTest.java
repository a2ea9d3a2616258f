package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.Formatter;
import dev.dfkit.format.config.OptionOverrides;
import dev.dfkit.ls.ServerAssert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormattingServiceTest {

  private static final String LONG_RUN =
      "FROM alpine:3.19\n"
          + "RUN apk add --no-cache curl && curl -fsSL https://example.com/some/long/path.tar.gz"
          + " | tar -xz -C /opt && rm -rf /tmp/* /var/cache/apk/*\n";

  @Test
  void formattingGivesWhatDffmtGivesThroughMinimalEdits() {
    String text = "from alpine:3.19\nrun echo hi\n";
    ServerAssert a = ServerAssert.of(text);
    assertThat(a.formatted())
        .isEqualTo(Formatter.format(text, FormatOptions.DEFAULTS).text())
        .isEqualTo("FROM alpine:3.19\nRUN echo hi\n");
    assertThat(a.formatEdits())
        .containsExactly(
            new TextEdit(new Range(new Position(0, 0), new Position(0, 4)), "FROM"),
            new TextEdit(new Range(new Position(1, 0), new Position(1, 3)), "RUN"));
  }

  @Test
  void aFormattedFileGetsNoEditsAndABrokenOneIsLeftAlone() {
    assertThat(ServerAssert.of("FROM alpine:3.19\nRUN echo hi\n").formatEdits()).isEmpty();
    assertThat(ServerAssert.of("from alpine\nenv A\n").formatEdits()).isEmpty();
  }

  @Test
  void theEditorsTabSizeIsTheContinuationIndentUnlessSettingsSayOtherwise() {
    assertThat(ServerAssert.of(LONG_RUN).editor(2).formatted()).contains("\n  && curl");
    assertThat(ServerAssert.of(LONG_RUN).editor(4).formatted()).contains("\n    && curl");
    OptionOverrides three =
        new OptionOverrides(
            Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(ServerAssert.of(LONG_RUN).editor(2).format(three).formatted())
        .contains("\n   && curl");
  }

  @Test
  void theProjectsDflintYamlWinsOverTheEditor(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".dflint.yaml"), "format:\n  indent: 6\n");
    String uri = dir.resolve("Dockerfile").toUri().toString();
    assertThat(ServerAssert.at(uri, LONG_RUN).editor(2).formatted()).contains("\n      && curl");
  }

  @Test
  void rangeFormattingTouchesOnlyTheInstructionsInTheRange() {
    assertThat(ServerAssert.of("from a:1\nrun |echo| hi\nrun echo b\n").rangeFormatted())
        .isEqualTo("from a:1\nRUN echo hi\nrun echo b\n");
  }

  @Test
  void aNewlineAfterTheEscapeCharacterIndentsTheContinuation() {
    assertThat(ServerAssert.of("FROM a:1\nRUN apk add curl \\\n|\n").typed("\n"))
        .isEqualTo("FROM a:1\nRUN apk add curl \\\n    \n");
    assertThat(ServerAssert.of("FROM a:1\nRUN apk add curl \\\n  && b \\\n|\n").typed("\n"))
        .isEqualTo("FROM a:1\nRUN apk add curl \\\n  && b \\\n  \n");
    assertThat(ServerAssert.of("# escape=`\nFROM a:1\nRUN a `\n|\n").typed("\n"))
        .isEqualTo("# escape=`\nFROM a:1\nRUN a `\n    \n");
    assertThat(ServerAssert.of("FROM a:1\nRUN a\n|\n").typed("\n"))
        .isEqualTo("FROM a:1\nRUN a\n\n");
    assertThat(ServerAssert.of("FROM a:1\n# c \\\n|\n").typed("\n"))
        .isEqualTo("FROM a:1\n# c \\\n\n");
  }
}
