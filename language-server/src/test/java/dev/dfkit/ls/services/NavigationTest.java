package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.nav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eclipse.lsp4j.DocumentHighlightKind.Read;
import static org.eclipse.lsp4j.DocumentHighlightKind.Write;

import org.junit.jupiter.api.Test;

/** Definition, references and highlight, with the build's scoping rules. */
class NavigationTest {

  @Test
  void globalArgIsSeenByFromLinesButNotByStagesThatDoNotRedeclareIt() {
    nav("ARG [[V|]]=1\nFROM alpine:$[[V]]\nRUN echo $V\n").expectReferences(true);
    nav("ARG V=1\nFROM alpine:$V\nRUN echo $V|\n").expectDefinition(); // nothing expected
  }

  @Test
  void aBareArgInAStageTakesTheGlobalValueAndJoinsItsReferences() {
    nav("ARG [[V]]=1\nFROM alpine\nARG [[V]]\nRUN echo $[[V|]]\n").expectReferences(true);
    nav("ARG V=1\nFROM alpine\nARG [[V]]\nRUN echo $V|\n").expectDefinition();
    // From the redeclaration, definition leads to the global default.
    nav("ARG [[V]]=1\nFROM alpine\nARG |V\n").expectDefinition();
  }

  @Test
  void aStageArgWithItsOwnDefaultIsNotTheGlobalOne() {
    nav("ARG V=1\nFROM alpine\nARG [[|V]]=2\nRUN echo $[[V]]\n").expectReferences(true);
  }

  @Test
  void envReachesStagesBuiltFromItsStageOnly() {
    nav("FROM alpine AS base\nENV [[P|]]=/opt\n"
            + "FROM base\nRUN ls $[[P]]\n"
            + "FROM alpine\nRUN ls $P\n")
        .expectReferences(true);
    nav("FROM alpine AS base\nENV [[P]]=/opt\nFROM base\nRUN ls $P|\n").expectDefinition();
  }

  @Test
  void aStageNamedThroughAGlobalArgIsStillItsParent() {
    nav("ARG B=Base\nFROM alpine AS base\nENV [[P]]=1\nFROM ${B}\nRUN echo $[[P|]]\n")
        .expectReferences(true);
    nav("ARG B=other\nFROM alpine AS base\nENV P=1\nFROM ${B}\nRUN echo $P|\n").expectDefinition();
  }

  @Test
  void twoStagesWithTheSameArgNameAreIndependent() {
    nav("FROM alpine\nARG [[X]]=1\nRUN echo $[[|X]]\n" + "FROM alpine\nARG X=2\nRUN echo $X\n")
        .expectReferences(true);
    nav("FROM alpine\nARG X=1\nFROM alpine\nARG [[X]]=2\nRUN echo $[[X|]]\n")
        .expectReferences(true);
  }

  @Test
  void aCursorOnTheDollarOrBraceFindsTheVariable() {
    nav("FROM alpine\nARG [[X]]=1\nRUN echo |$X\n").expectDefinition();
    nav("FROM alpine\nARG [[X]]=1\nRUN echo $|{X}\n").expectDefinition();
    nav("FROM alpine\nARG X=1\nRUN echo $| X\n").expectDefinition();
  }

  @Test
  void referencesWithoutDeclarationLeaveDefinitionsOut() {
    nav("FROM alpine\nARG |X=1\nRUN echo $[[X]] ${[[X]]:-d}\nWORKDIR /$[[X]]\n")
        .expectReferences(false);
  }

  @Test
  void laterNamesOfOneArgSeeEarlierOnesButAnEnvSeesOnlyWhatCameBefore() {
    nav("FROM alpine\nARG [[A]]=1 B=$A|\n").expectDefinition();
    nav("FROM alpine\nENV [[A]]=0\nENV A=1 B=$A|\n").expectDefinition();
    nav("FROM alpine\nENV [[A|]]=0\nENV [[A]]=1 B=$[[A]]\nRUN echo $[[A]]\n")
        .expectReferences(true);
  }

  @Test
  void anEnvWinsOverAnArgOfTheSameNameWhateverTheOrder() {
    nav("FROM alpine\nENV [[A]]=1\nARG A=2\nRUN echo $A|\n").expectDefinition();
  }

  @Test
  void cmdRunsInTheContainerWhereOnlyEnvIsSet() {
    nav("FROM alpine\nARG A=1\nCMD echo $A|\n").expectDefinition();
    nav("FROM alpine\nENV [[A]]=1\nCMD echo $A|\n").expectDefinition();
  }

  @Test
  void execFormIsNotExpanded() {
    nav("FROM alpine\nENV A=1\nCMD [\"echo\", \"$A|\"]\n").expectDefinition();
  }

  @Test
  void stageNamesAndIndexesLeadToTheStage() {
    String text =
        "FROM alpine AS [[bu|ild]]\nFROM [[build]]\nCOPY --from=[[build]] /a /b\n"
            + "RUN --mount=from=[[build]],target=/x true\nCOPY --from=[[0]] /a /b\n";
    nav(text).expectReferences(true);
    nav("FROM alpine AS [[build]]\nFROM alpine\nCOPY --from=0| /a /b\n").expectDefinition();
    nav("FROM alpine AS [[build]]\nFROM alpine\nCOPY --from=BUI|LD /a /b\n").expectDefinition();
    // An image that happens to have a later stage's name is not that stage.
    nav("FROM build|\nFROM alpine AS build\n").expectDefinition();
  }

  @Test
  void heredocDelimitersPair() {
    nav("FROM alpine\nRUN <<[[EOF]]\necho hi\n[[EO|F]]\n").expectReferences(true);
    nav("FROM alpine\nCOPY <<-\"[[END]]\" /f\n\tx\n\tEND|\n").expectDefinition();
  }

  @Test
  void highlightsWritesAndReads() {
    nav("ARG [[V]]=1\nFROM alpine:$[[V]]\nARG [[V|]]\nRUN echo $[[V]]\n")
        .expectHighlights(Write, Read, Write, Read);
  }

  @Test
  void variablesInHeredocBodiesAndFlagsAreUses() {
    nav("FROM alpine\nARG [[D|]]=/d\nRUN --mount=type=cache,target=$[[D]] true\n"
            + "COPY <<EOF /f\n$[[D]]\nEOF\nRUN <<EOF\necho \"$[[D]]\"\nEOF\n")
        .expectReferences(true);
    // A quoted delimiter keeps COPY's body as written.
    nav("FROM alpine\nARG [[D|]]=/d\nCOPY <<'EOF' /f\n$D\nEOF\n").expectReferences(true);
    // A heredoc body is not shell-quoted: '$D' expands; a RUN script's single quotes do not.
    nav("FROM alpine\nARG [[D|]]=/d\nCOPY <<EOF /f\n'$[[D]]'\nEOF\nRUN echo '$D'\n")
        .expectReferences(true);
  }

  @Test
  void theHelperNoticesAWrongExpectation() {
    // The RUN use does not see the global ARG: claiming it does must fail.
    assertThatThrownBy(
            () -> nav("ARG [[V|]]=1\nFROM alpine\nRUN echo $[[V]]\n").expectReferences(true))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void nothingUnderTheCursorGivesNothing() {
    NavAssert a = nav("FROM alpine\n|RUN true\n");
    a.expectDefinition().expectReferences(true).expectHighlights();
    assertThat(a.expected()).isEmpty();
  }
}
