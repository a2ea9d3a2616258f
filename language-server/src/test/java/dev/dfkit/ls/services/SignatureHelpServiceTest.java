package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureHelpServiceTest {

  @Test
  void copyArgumentsAreSourcesThenTheDestination() {
    assertThat(AssistAssert.at("FROM a\nCOPY |").activeParameter()).isEqualTo("<src>...");
    assertThat(AssistAssert.at("FROM a\nCOPY a|").activeParameter()).isEqualTo("<src>...");
    assertThat(AssistAssert.at("FROM a\nCOPY a |").activeParameter()).isEqualTo("<dest>");
    assertThat(AssistAssert.at("FROM a\nCOPY a b |").activeParameter()).isEqualTo("<dest>");
    assertThat(AssistAssert.at("FROM a\nCOPY a | c").activeParameter()).isEqualTo("<src>...");
    assertThat(AssistAssert.at("FROM a\nCOPY --|").activeParameter()).isEqualTo("[--from=<name>]");
    assertThat(AssistAssert.at("FROM a\nCOPY --chown=a:b --li|").activeParameter())
        .isEqualTo("[--link]");
    assertThat(AssistAssert.at("FROM a\nCOPY --chmod=644 a |").activeParameter())
        .isEqualTo("<dest>");
  }

  @Test
  void fromParameters() {
    assertThat(AssistAssert.at("FROM al|").activeParameter())
        .isEqualTo("<image>[:<tag>|@<digest>]");
    assertThat(AssistAssert.at("FROM alpine |").activeParameter()).isEqualTo("[AS <name>]");
    assertThat(AssistAssert.at("FROM alpine AS |").activeParameter()).isEqualTo("[AS <name>]");
    assertThat(AssistAssert.at("FROM --platform=|").activeParameter())
        .isEqualTo("[--platform=<platform>]");
  }

  @Test
  void formsFollowTheInstruction() {
    var help = AssistAssert.at("FROM a\nCMD [\"a\", |]").signature().orElseThrow();
    assertThat(help.getSignatures()).hasSize(3);
    assertThat(help.getSignatures().get(help.getActiveSignature()).getLabel())
        .startsWith("CMD [\"<executable>\"");
    var none = AssistAssert.at("FROM a\nHEALTHCHECK NONE|").signature().orElseThrow();
    assertThat(none.getSignatures().get(none.getActiveSignature()).getLabel())
        .isEqualTo("HEALTHCHECK NONE");
    assertThat(AssistAssert.at("FROM a\nENV A=1 |").activeParameter())
        .isEqualTo("[<key>=<value>...]");
    assertThat(AssistAssert.at("FROM a\nRUN make |").activeParameter()).isEqualTo("<command>");
  }

  @Test
  void noneOnKeywordsUnknownInstructionsOrOutsideInstructions() {
    assertThat(AssistAssert.at("FROM a\nCO|PY a b").signature()).isEmpty();
    assertThat(AssistAssert.at("FROM a\nFOO |").signature()).isEmpty();
    assertThat(AssistAssert.at("FROM a\n\n|").signature()).isEmpty();
  }
}
