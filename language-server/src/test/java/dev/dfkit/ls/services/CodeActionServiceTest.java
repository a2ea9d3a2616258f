package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.ls.ServerAssert;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

class CodeActionServiceTest {

  @Test
  void aFixIsAQuickFixLinkedToItsDiagnostic() {
    ServerAssert a = ServerAssert.of("FROM alpine:3.19 AS Buil|der\n");
    CodeAction fix =
        a.actions().stream()
            .filter(x -> x.getTitle().endsWith("(StageNameCasing)"))
            .findFirst()
            .orElseThrow();
    assertThat(fix.getKind()).isEqualTo(CodeActionKind.QuickFix);
    Diagnostic published =
        a.diagnostics().stream()
            .filter(d -> d.getCode().get().toString().equals("StageNameCasing"))
            .findFirst()
            .orElseThrow();
    assertThat(fix.getDiagnostics()).containsExactly(published);
    assertThat(a.apply(fix.getEdit())).isEqualTo("FROM alpine:3.19 AS builder\n");
  }

  @Test
  void ignoringARuleForAnInstructionAddsAPragmaWithItsIndentation() {
    ServerAssert a = ServerAssert.of("FROM alpine:3.19\n  RUN apt-g|et update\n");
    String after = a.applied("Ignore DL3009 for this instruction");
    assertThat(after)
        .isEqualTo("FROM alpine:3.19\n  # dflint ignore=DL3009\n  RUN apt-get update\n");
    assertThat(ServerAssert.of(after).codes()).doesNotContain("DL3009");
  }

  @Test
  void anExistingPragmaRightAboveGetsTheRuleAdded() {
    String text = "FROM alpine:3.19\n# dflint ignore=DL3008\nRUN apt-g|et update\n";
    assertThat(ServerAssert.of(text).applied("Ignore DL3009 for this instruction"))
        .isEqualTo("FROM alpine:3.19\n# dflint ignore=DL3008,DL3009\nRUN apt-get update\n");
  }

  @Test
  void skippingABuildKitCheckWritesTheCheckDirective() {
    assertThat(ServerAssert.of("FROM alpine:3.19 AS Bui|lder\n").applied("Skip StageNameCasing"))
        .isEqualTo("# check=skip=StageNameCasing\nFROM alpine:3.19 AS Builder\n");
    assertThat(
            ServerAssert.of("# syntax=docker/dockerfile:1\nFROM alpine:3.19 AS Bui|lder\n")
                .applied("Skip StageNameCasing"))
        .isEqualTo(
            "# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing\nFROM alpine:3.19 AS Builder\n");
    String merged =
        ServerAssert.of("# check=skip=FromAsCasing;error=true\nFROM alpine:3.19 AS Bui|lder\n")
            .applied("Skip StageNameCasing");
    assertThat(merged)
        .isEqualTo(
            "# check=skip=FromAsCasing,StageNameCasing;error=true\nFROM alpine:3.19 AS Builder\n");
    assertThat(ServerAssert.of(merged).codes()).doesNotContain("StageNameCasing");
  }

  @Test
  void otherRulesAreIgnoredForTheFileWithAGlobalPragma() {
    String after =
        ServerAssert.of("FROM alpine:3.19\nRUN apt-g|et update\n")
            .applied("Ignore DL3009 in this file");
    assertThat(after)
        .isEqualTo("# dflint global ignore=DL3009\nFROM alpine:3.19\nRUN apt-get update\n");
    assertThat(ServerAssert.of(after).codes()).doesNotContain("DL3009");
  }

  @Test
  void convertingToExecFormWhereItRunsTheSameProgram() {
    assertThat(ServerAssert.of("FROM alpine:3.19\nRUN apk a|dd curl\n").applied("Convert RUN"))
        .isEqualTo("FROM alpine:3.19\nRUN [\"apk\", \"add\", \"curl\"]\n");
    assertThat(ServerAssert.of("FROM alpine:3.19\nENTRYPOINT my|app --serve\n").applied("Convert"))
        .isEqualTo("FROM alpine:3.19\nENTRYPOINT [\"myapp\", \"--serve\"]\n");
    assertThat(ServerAssert.of("FROM alpine:3.19\nRUN echo $H|OME\n").actionTitles())
        .noneMatch(t -> t.startsWith("Convert"));
    assertThat(ServerAssert.of("FROM alpine:3.19\nRUN cd /|x\n").actionTitles())
        .noneMatch(t -> t.startsWith("Convert"));
    assertThat(
            ServerAssert.of("FROM alpine:3.19\nSHELL [\"/bin/bash\", \"-c\"]\nRUN apk a|dd curl\n")
                .actionTitles())
        .noneMatch(t -> t.startsWith("Convert"));
    assertThat(ServerAssert.of("FROM alpine:3.19\nENTRYPOINT my|app\nCMD serve\n").actionTitles())
        .noneMatch(t -> t.startsWith("Convert"));
  }

  @Test
  void fixAllAppliesEverySafeFix() {
    ServerAssert a = ServerAssert.of("FROM alpine:3.19 as Builder\nMAINTAINER me\nrun echo hi\n");
    List<CodeAction> all =
        a.actions(new CodeActionContext(List.of(), List.of(CodeActionKind.SourceFixAll)));
    assertThat(all).extracting(CodeAction::getKind).containsExactly(CodeActionKind.SourceFixAll);
    String fixed = a.apply(all.get(0).getEdit());
    assertThat(fixed).startsWith("FROM alpine:3.19 AS builder\n").contains("RUN echo hi");
    assertThat(
            ServerAssert.of(fixed)
                .actions(new CodeActionContext(List.of(), List.of(CodeActionKind.SourceFixAll))))
        .isEmpty();
  }

  @Test
  void onlyTheKindsAskedFor() {
    ServerAssert a = ServerAssert.of("FROM alpine:3.19 AS Buil|der\nRUN apk add curl\n");
    assertThat(a.actions(new CodeActionContext(List.of(), List.of(CodeActionKind.Refactor))))
        .allMatch(x -> x.getKind().startsWith(CodeActionKind.Refactor));
  }

  @Test
  void checkDirectiveValuesMerge() {
    assertThat(CodeActionService.withSkip("error=true", "A")).contains("error=true;skip=A");
    assertThat(CodeActionService.withSkip("skip=B", "A")).contains("skip=B,A");
    assertThat(CodeActionService.withSkip("skip=A", "A")).isEmpty();
    assertThat(CodeActionService.withSkip("skip=all", "A")).isEmpty();
  }
}
