package dev.dfkit.ls.services;

import static dev.dfkit.ls.services.NavAssert.NEVER;
import static dev.dfkit.ls.services.NavAssert.nav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

class RenameServiceTest {

  private final RenameService rename = new RenameService();

  @Test
  void prepareRenameGivesTheNameAndItsRange() {
    NavAssert a = nav("FROM alpine AS [[Bu|ild]]\n");
    PrepareRenameResult r = rename.prepareRename(a.doc(), a.cursor(), NEVER);
    assertThat(r.getRange()).isEqualTo(a.expected().get(0));
    assertThat(r.getPlaceholder()).isEqualTo("Build");

    NavAssert v = nav("FROM alpine\nENV A=1\nRUN echo ${[[|A]]:-x}\n");
    assertThat(rename.prepareRename(v.doc(), v.cursor(), NEVER).getRange())
        .isEqualTo(v.expected().get(0));
  }

  @Test
  void prepareRenameRefusesWhereThereIsNothingToRename() {
    for (String text :
        new String[] {
          "FROM al|pine\n",
          "FROM alpine\nRUN echo $HO|ME\n",
          "FROM alpine\nFROM alpine\nCOPY --from=0| /a /b\n",
          "FROM alpine\nRUN --mount=type=cache,tar|get=/x true\n",
          "FROM alpine\nARG TARGETOS\nRUN echo $TARGET|OS\n",
        }) {
      NavAssert a = nav(text);
      assertThatThrownBy(() -> rename.prepareRename(a.doc(), a.cursor(), NEVER))
          .as(text)
          .isInstanceOf(ResponseErrorException.class)
          .hasMessageContaining("cannot rename");
    }
  }

  @Test
  void renamingAStageChangesItsNameAndNameReferencesButNotIndexes() {
    assertThat(
            nav("FROM alpine AS bu|ild\nFROM build\nCOPY --from=Build /a /b\n"
                    + "RUN --mount=from=build,target=/x true\nCOPY --from=0 /a /b\n")
                .renameTo("compile"))
        .isEqualTo(
            "FROM alpine AS compile\nFROM compile\nCOPY --from=compile /a /b\n"
                + "RUN --mount=from=compile,target=/x true\nCOPY --from=0 /a /b\n");
  }

  @Test
  void stageRenamesThatWouldChangeTheBuildAreRefused() {
    nav("FROM a AS o|ne\nFROM b AS two\n").expectRenameRefused("TWO", "already exists");
    nav("FROM a AS o|ne\n").expectRenameRefused("scratch", "reserved");
    nav("FROM a AS o|ne\n").expectRenameRefused("context", "reserved");
    nav("FROM a AS o|ne\n").expectRenameRefused("1st", "not a valid stage name");
    nav("FROM a AS o|ne\n").expectRenameRefused("a b", "not a valid stage name");
    nav("FROM alpine AS bu|ild\nFROM node\n").expectRenameRefused("node", "names an image");
    nav("FROM alpine AS bu|ild\nFROM node\nCOPY --from=tools /a /b\n")
        .expectRenameRefused("tools", "names an image");
  }

  @Test
  void refusalsAreInvalidParams() {
    NavAssert a = nav("FROM a AS o|ne\n");
    assertThatThrownBy(() -> rename.rename(a.doc(), a.cursor(), "scratch", NEVER))
        .isInstanceOfSatisfying(
            ResponseErrorException.class,
            e ->
                assertThat(e.getResponseError().getCode())
                    .isEqualTo(ResponseErrorCode.InvalidParams.getValue()));
  }

  @Test
  void renamingAGlobalArgRenamesItsRedeclarationsAndTheirUses() {
    assertThat(
            nav("ARG V|ERSION=1\nFROM alpine:$VERSION\nARG VERSION\nRUN echo $VERSION\n"
                    + "FROM alpine\nARG VERSION=2\nRUN echo $VERSION\n")
                .renameTo("TAG"))
        .isEqualTo(
            "ARG TAG=1\nFROM alpine:$TAG\nARG TAG\nRUN echo $TAG\n"
                + "FROM alpine\nARG VERSION=2\nRUN echo $VERSION\n");
  }

  @Test
  void renamingAStageArgStaysInItsStage() {
    assertThat(
            nav("FROM alpine\nARG X=1\nRUN echo $X|\nFROM alpine\nARG X=2\nRUN echo $X\n")
                .renameTo("Y"))
        .isEqualTo("FROM alpine\nARG Y=1\nRUN echo $Y\nFROM alpine\nARG X=2\nRUN echo $X\n");
  }

  @Test
  void renamingAnEnvFollowsItIntoStagesBuiltOnIt() {
    assertThat(nav("FROM alpine AS base\nENV P|=1\nFROM base\nENV Q=$P\n").renameTo("ROOT"))
        .isEqualTo("FROM alpine AS base\nENV ROOT=1\nFROM base\nENV Q=$ROOT\n");
  }

  @Test
  void variableRenamesThatWouldChangeTheBuildAreRefused() {
    nav("FROM a\nARG X|=1\nARG Y=2\nRUN echo $X $Y\n").expectRenameRefused("Y", "already defined");
    nav("FROM a\nARG X|=1\nRUN echo $X $HOME\n").expectRenameRefused("HOME", "is used on line 3");
    nav("FROM a AS b\nENV X|=1\nFROM b\nRUN echo $HOME\n")
        .expectRenameRefused("HOME", "is used on line 4");
    nav("FROM a\nARG X|=1\n").expectRenameRefused("TARGETOS", "set by the builder");
    nav("FROM a\nARG X|=1\n").expectRenameRefused("HTTP_PROXY", "set by the builder");
    nav("FROM a\nARG X|=1\n").expectRenameRefused("9X", "not a valid variable name");
    nav("FROM a\nARG X|=1\n").expectRenameRefused("A-B", "not a valid variable name");
    // A global NAME would give its default to the bare `ARG NAME` of another stage.
    nav("ARG G|=1\nFROM a\nFROM b\nARG H\n").expectRenameRefused("H", "already defined");
    nav("ARG G=1\nARG H=2\nFROM a\nARG G|\n").expectRenameRefused("H", "already defined");
  }

  @Test
  void unrelatedNamesInOtherStagesDoNotBlockARename() {
    assertThat(nav("FROM a\nARG X|=1\nFROM b\nARG Y=2\nRUN echo $Y\n").renameTo("Y"))
        .isEqualTo("FROM a\nARG Y=1\nFROM b\nARG Y=2\nRUN echo $Y\n");
  }

  @Test
  void renamingAHeredocRenamesOpenerAndTerminatorKeepingQuotes() {
    assertThat(nav("FROM a\nCOPY <<\"E|OF\" /f\nx\nEOF\n").renameTo("DONE"))
        .isEqualTo("FROM a\nCOPY <<\"DONE\" /f\nx\nDONE\n");
    assertThat(nav("FROM a\nRUN <<-EOF\n\techo\n\tEOF|\n").renameTo("END"))
        .isEqualTo("FROM a\nRUN <<-END\n\techo\n\tEND\n");
    assertThat(nav("FROM a\nONBUILD RUN <<E|OF\nx\nEOF\n").renameTo("END"))
        .isEqualTo("FROM a\nONBUILD RUN <<END\nx\nEND\n");
  }

  @Test
  void heredocRenamesThatWouldCutTheBodyAreRefused() {
    nav("FROM a\nRUN <<E|OF\necho\nEND\nEOF\n").expectRenameRefused("END", "would end the heredoc");
    nav("FROM a\nRUN <<E|OF\nx\nEOF\n").expectRenameRefused("a b", "not a valid heredoc");
    nav("FROM a\nCOPY <<E|OF <<TWO /d/\nx\nEOF\ny\nTWO\n")
        .expectRenameRefused("TWO", "already has a heredoc");
  }
}
