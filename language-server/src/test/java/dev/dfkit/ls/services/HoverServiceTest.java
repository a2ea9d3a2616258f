package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class HoverServiceTest {

  @Test
  void keywordsShowTheirSyntaxAndReferenceLink() {
    AssistAssert a = AssistAssert.at("FROM alpine\nCO|PY a b");
    assertThat(a.hoverText())
        .contains("COPY [--from=<name>]")
        .contains("https://docs.docker.com/reference/dockerfile/#copy");
    assertThat(a.hover().orElseThrow().getRange())
        .isEqualTo(new Range(new Position(1, 0), new Position(1, 4)));
    assertThat(AssistAssert.at("FROM a\nONBUILD R|UN x").hoverText()).contains("RUN [--mount");
    assertThat(AssistAssert.at("FROM a\nON|BUILD RUN x").hoverText())
        .contains("ONBUILD <INSTRUCTION>");
  }

  @Test
  void flagsShowTheirOwnDocs() {
    assertThat(AssistAssert.at("FROM a\nRUN --mo|unt=type=cache,target=/x make").hoverText())
        .contains("--mount=<type=bind|cache|tmpfs|secret|ssh")
        .contains("#run---mount");
    assertThat(AssistAssert.at("FROM a\nCOPY --li|nk a b").hoverText())
        .contains("independent layer")
        .contains("#copy---link");
  }

  @Test
  void variablesShowTheirValueAndDefinition() {
    String text = "ARG TAG=3.20\nFROM alpine:${T|AG}\nARG TAG\nENV DIR=/opt/$TAG\n";
    assertThat(AssistAssert.at(text).hoverText())
        .contains("`TAG`")
        .contains("global ARG")
        .contains("Value: `3.20`")
        .contains("line 1");
    String stage = "ARG TAG=3.20\nFROM alpine\nARG TAG\nENV DIR=/opt/$T|AG\n";
    assertThat(AssistAssert.at(stage).hoverText()).contains("Value: `3.20`").contains("line 3");
  }

  @Test
  void aGlobalArgIsNotDefinedInAStageThatDoesNotRedeclareIt() {
    String text = "ARG TAG=3.20\nFROM alpine\nRUN echo $T|AG\n";
    assertThat(AssistAssert.at(text).hoverText())
        .contains("Not defined here")
        .contains("global `ARG TAG` is declared on line 1")
        .contains("add `ARG TAG` in this stage");
    assertThat(AssistAssert.at("FROM scratch\nENV A=$N|OPE\n").hoverText())
        .contains("Not defined here.")
        .doesNotContain("base image");
  }

  @Test
  void stagesShowTheirBaseAndUses() {
    String text =
        "FROM golang:1.22 AS bu|ild\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\n"
            + "FROM build AS test\n";
    assertThat(AssistAssert.at(text).hoverText())
        .contains("Stage `build`")
        .contains("Base image: `golang:1.22`")
        .contains("line 4 (`COPY --from`)")
        .contains("line 5 (`FROM`)");
    String from = "FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /app /app\n";
    assertThat(AssistAssert.at(from).hoverText()).contains("Stage `build`");
    String base = "FROM golang AS build\nFROM bu|ild\n";
    assertThat(AssistAssert.at(base).hoverText()).contains("Stage `build`");
  }

  @Test
  void lintFindingsShowTheirRule() {
    String text = "FROM alpine AS Bu|ilder\nRUN echo hi\n";
    assertThat(AssistAssert.at(text).hoverText())
        .contains("StageNameCasing")
        .contains("https://docs.docker.com/go/dockerfile/rule/stage-name-casing/");
  }

  @Test
  void findingsCanComeFromTheDiagnosticsAlreadyComputed() {
    AssistAssert a = AssistAssert.at("FROM alpine AS Bu|ilder\n");
    HoverService none = new HoverService(doc -> java.util.List.of());
    assertThat(
            none.hover(a.doc, a.position, AssistAssert.NEVER)
                .orElseThrow()
                .getContents()
                .getRight()
                .getValue())
        .startsWith("**Stage `builder`**")
        .doesNotContain("StageNameCasing");
    HoverService own =
        new HoverService(
            doc ->
                LintRules.lint(doc).findings().stream()
                    .filter(f -> f.rule().equals("StageNameCasing"))
                    .toList());
    assertThat(
            own.hover(a.doc, a.position, AssistAssert.NEVER)
                .orElseThrow()
                .getContents()
                .getRight()
                .getValue())
        .startsWith("**Stage `builder`**")
        .contains("---\n\n**StageNameCasing**");
  }

  @Test
  void ruleIdsInPragmasAndCheckDirectives() {
    assertThat(AssistAssert.at("# check=skip=StageName|Casing\nFROM a\n").hoverText())
        .startsWith("**StageNameCasing** (")
        .contains("stage-name-casing");
    assertThat(AssistAssert.at("FROM a\n# dflint ignore=DL3006,DL30|08\nRUN x\n").hoverText())
        .startsWith("**DL3008**");
    assertThat(AssistAssert.at("FROM a\n# just a DL30|08 comment\nRUN x\n").hover()).isEmpty();
  }

  @Test
  void nothingOnPlainArguments() {
    assertThat(AssistAssert.at("FROM scratch\nWORKDIR /a|pp\n").hover()).isEmpty();
  }
}
