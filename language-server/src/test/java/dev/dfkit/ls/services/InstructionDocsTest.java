package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.services.docs.FlagDoc;
import dev.dfkit.ls.services.docs.InstructionDoc;
import dev.dfkit.ls.services.docs.InstructionDocs;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.ast.UnknownInstruction;
import org.junit.jupiter.api.Test;

class InstructionDocsTest {

  @Test
  void everyDocumentedInstructionIsOneTheParserKnows() {
    assertThat(InstructionDocs.all()).hasSize(18);
    for (InstructionDoc d : InstructionDocs.all()) {
      ParseResult r = DockerfileParser.parse("FROM a\n" + d.keyword() + " x\n", "t");
      assertThat(r.dockerfile().instructions().get(1))
          .as(d.keyword())
          .isNotInstanceOf(UnknownInstruction.class);
      assertThat(d.syntax()).as(d.keyword()).isNotEmpty().allMatch(s -> s.startsWith(d.keyword()));
      assertThat(d.markdown()).as(d.keyword()).isNotBlank();
      assertThat(d.link()).endsWith("#" + d.keyword().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void everyDocumentedFlagIsAcceptedByTheParser() {
    for (InstructionDoc d : InstructionDocs.all()) {
      for (FlagDoc f : d.flags()) {
        String value = f.optionalValue() ? "" : "=" + sample(f.name());
        String rest = d.keyword().equals("HEALTHCHECK") ? " CMD x" : " a b";
        String text =
            (d.keyword().equals("FROM") ? "" : "FROM a\n")
                + d.keyword()
                + " --"
                + f.name()
                + value
                + rest
                + "\n";
        ParseResult r = DockerfileParser.parse(text, "t");
        assertThat(r.diagnostics()).as(text).noneMatch(x -> x.message().contains("flag"));
        assertThat(f.markdown()).as(f.name()).isNotBlank();
        assertThat(d.syntax().get(0) + f.usage()).as(f.name()).contains("--" + f.name());
      }
    }
  }

  private static String sample(String flag) {
    return switch (flag) {
      case "mount" -> "type=cache,target=/c";
      case "network" -> "none";
      case "security" -> "sandbox";
      case "platform" -> "linux/amd64";
      case "interval", "timeout", "start-period", "start-interval" -> "5s";
      case "retries" -> "3";
      case "checksum" -> "sha256:" + "0".repeat(64);
      default -> "x";
    };
  }
}
