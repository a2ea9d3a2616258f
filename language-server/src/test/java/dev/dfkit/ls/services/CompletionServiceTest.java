package dev.dfkit.ls.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionServiceTest {

  static final List<String> KEYWORDS =
      List.of(
          "FROM",
          "RUN",
          "CMD",
          "LABEL",
          "MAINTAINER",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL");

  @Test
  void instructionsAtLineStartReplaceTheTypedPrefix() {
    AssistAssert a = AssistAssert.at("FROM alpine\nCO|");
    assertThat(a.completionLabels()).containsExactlyElementsOf(KEYWORDS);
    assertThat(a.accept("COPY")).isEqualTo("FROM alpine\nCOPY ${1:source} ${2:dest}");
    assertThat(a.item("COPY").getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
    assertThat(AssistAssert.at("|").completionLabels()).containsExactlyElementsOf(KEYWORDS);
    assertThat(AssistAssert.at("FROM a\n\n  |\n").completionLabels())
        .containsExactlyElementsOf(KEYWORDS);
  }

  @Test
  void withoutSnippetsInstructionsArePlainText() {
    AssistAssert a = AssistAssert.at("FR|").snippets(false);
    assertThat(a.accept("FROM")).isEqualTo("FROM ");
    assertThat(a.item("FROM").getInsertTextFormat()).isEqualTo(InsertTextFormat.PlainText);
    assertThat(AssistAssert.at("FR|").accept("FROM")).isEqualTo("FROM ${1:image} AS ${2:name}");
  }

  @Test
  void onbuildTriggersLeaveOutWhatOnbuildRefuses() {
    List<String> labels = AssistAssert.at("FROM a\nONBUILD R|").completionLabels();
    assertThat(labels).contains("RUN", "COPY").doesNotContain("ONBUILD", "FROM", "MAINTAINER");
    assertThat(labels).hasSize(KEYWORDS.size() - 3);
    assertThat(AssistAssert.at("FROM a\nONBUILD R|").snippets(false).accept("RUN"))
        .isEqualTo("FROM a\nONBUILD RUN ");
  }

  @Test
  void flagsOfEachInstructionWithoutThosePresent() {
    assertThat(AssistAssert.at("FROM a\nRUN --|").completionLabels())
        .containsExactly("--mount", "--network", "--security", "--device");
    assertThat(AssistAssert.at("FROM a\nCOPY --link --|").completionLabels())
        .containsExactly("--from", "--chown", "--chmod", "--parents", "--exclude");
    assertThat(AssistAssert.at("FROM a\nCOPY --exclude=x --|").completionLabels())
        .contains("--exclude");
    assertThat(AssistAssert.at("FROM a\nADD --|").completionLabels())
        .containsExactly(
            "--chown",
            "--chmod",
            "--link",
            "--keep-git-dir",
            "--checksum",
            "--unpack",
            "--exclude");
    assertThat(AssistAssert.at("FROM a\nHEALTHCHECK --|").completionLabels())
        .containsExactly(
            "--interval", "--timeout", "--start-period", "--start-interval", "--retries");
    assertThat(AssistAssert.at("FROM --|").completionLabels()).containsExactly("--platform");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=cache,target=/x --|").completionLabels())
        .contains("--mount", "--network");
    assertThat(AssistAssert.at("FROM a\nRUN --network=none --|").completionLabels())
        .doesNotContain("--network");
  }

  @Test
  void aFlagEditReplacesTheWordAndValueFlagsGetTheirEquals() {
    AssistAssert a = AssistAssert.at("FROM a\nCOPY --ch| x y");
    assertThat(a.accept("--chown")).isEqualTo("FROM a\nCOPY --chown= x y");
    assertThat(a.item("--chown").getCommand()).isNull();
    assertThat(a.retrigger(true).item("--chown").getCommand().getCommand())
        .isEqualTo("editor.action.triggerSuggest");
    assertThat(a.item("--chown").getCommand()).isNotNull();
    assertThat(AssistAssert.at("FROM a\nCOPY --l|").accept("--link"))
        .isEqualTo("FROM a\nCOPY --link");
  }

  @Test
  void onbuildTriggersGetTheirInstructionsFlags() {
    assertThat(AssistAssert.at("FROM a\nONBUILD COPY --|").completionLabels())
        .containsExactly("--from", "--chown", "--chmod", "--link", "--parents", "--exclude");
    assertThat(AssistAssert.at("FROM a\nONBUILD RUN --mount=type=s|").completionLabels())
        .containsExactly("bind", "cache", "tmpfs", "secret", "ssh");
    assertThat(AssistAssert.at("FROM a\nonbuild run --mount=type=s|").accept("ssh"))
        .isEqualTo("FROM a\nonbuild run --mount=type=ssh");
  }

  @Test
  void continuationLinesBelongToTheirInstruction() {
    assertThat(AssistAssert.at("FROM a\nRUN --network=none \\\n  --|").completionLabels())
        .containsExactly("--mount", "--security", "--device");
    assertThat(AssistAssert.at("FROM a\nENV A=1\nRUN echo \\\n  $|").completionLabels())
        .contains("A");
  }

  @Test
  void strayDashesAreNotFlags() {
    assertThat(AssistAssert.at("FROM a\nRUN -=|").completionLabels()).isEmpty();
    assertThat(AssistAssert.at("FROM a\nRUN -|").completionLabels())
        .containsExactly("--mount", "--network", "--security", "--device");
  }

  @Test
  void noFlagsAfterTheFirstArgument() {
    assertThat(AssistAssert.at("FROM a\nRUN apt-get --|").completionLabels()).isEmpty();
  }

  @Test
  void mountTypesThenTheOptionsOfTheType() {
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=|").completionLabels())
        .containsExactly("bind", "cache", "tmpfs", "secret", "ssh");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=|").completionLabels())
        .containsExactly("type", "target", "source", "from", "rw");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=cache,|").completionLabels())
        .containsExactly("id", "target", "ro", "sharing", "from", "source", "mode", "uid", "gid");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=secret,id=x,|").completionLabels())
        .containsExactly("target", "env", "required", "mode", "uid", "gid");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=ssh,|").completionLabels())
        .containsExactly("id", "target", "required", "mode", "uid", "gid");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=tmpfs,|").completionLabels())
        .containsExactly("target", "size");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=cache,sharing=|").completionLabels())
        .containsExactly("shared", "private", "locked");
    assertThat(AssistAssert.at("FROM a\nRUN --mount=type=cache,ta|").accept("target"))
        .isEqualTo("FROM a\nRUN --mount=type=cache,target=");
  }

  @Test
  void flagValues() {
    assertThat(AssistAssert.at("FROM a\nRUN --network=|").completionLabels())
        .containsExactly("default", "none", "host");
    assertThat(AssistAssert.at("FROM a\nRUN --security=|").completionLabels())
        .containsExactly("sandbox", "insecure");
    assertThat(AssistAssert.at("FROM --platform=|").completionLabels())
        .contains("linux/amd64", "linux/arm64", "$BUILDPLATFORM", "$TARGETPLATFORM");
    assertThat(AssistAssert.at("FROM --platform=linux/a|").accept("linux/arm64"))
        .isEqualTo("FROM --platform=linux/arm64");
  }

  @Test
  void copyFromOffersEarlierStagesByNameAndIndex() {
    String text =
        "FROM golang AS build\nFROM alpine AS tools\nFROM scratch\nCOPY --from=| x y\n"
            + "FROM alpine AS later\n";
    assertThat(AssistAssert.at(text).completionLabels())
        .containsExactly("build", "0", "tools", "1");
    assertThat(
            AssistAssert.at("FROM golang AS build\nFROM a\nRUN --mount=from=|").completionLabels())
        .containsExactly("build", "0");
  }

  @Test
  void stageNamesAfterFromAndAsAfterTheImage() {
    assertThat(AssistAssert.at("FROM golang AS build\nFROM |").completionLabels())
        .containsExactly("--platform", "build", "scratch", "golang");
    assertThat(AssistAssert.at("FROM golang |").completionLabels()).containsExactly("AS");
  }

  @Test
  void baseImagesAlreadyUsedHereAndInOpenDocumentsAndGlobalArgForms() {
    AssistAssert a =
        AssistAssert.at(
                "file:///p/Dockerfile",
                "ARG BASE=debian:12\nFROM node:20 AS deps\nFROM alpine:3.19\nFROM deps\n"
                    + "FROM alpine:3.19\nFROM |")
            .open(
                "file:///p/Dockerfile",
                "FROM stale:1\n", // this very document, an older view: not another file
                "file:///p/tools/Dockerfile.ci",
                "FROM python:3.12-slim AS py\nFROM py\nFROM ${X}\nFROM node:20\n");
    assertThat(a.completionLabels())
        .containsExactly(
            "--platform",
            "deps",
            "scratch",
            "node:20",
            "alpine:3.19",
            "python:3.12-slim",
            "${BASE}");
    assertThat(a.item("python:3.12-slim").getDocumentation().getRight().getValue())
        .contains("Dockerfile.ci, line 1");
    assertThat(a.item("alpine:3.19").getDocumentation().getRight().getValue()).contains("line 3");
    assertThat(a.item("${BASE}").getDocumentation().getRight().getValue()).contains("debian:12");
    assertThat(a.accept("node:20")).endsWith("FROM node:20");
    // The image being typed is not offered back to itself.
    assertThat(AssistAssert.at("FROM ubuntu|").completionLabels()).doesNotContain("ubuntu");
  }

  @Test
  void exposeProtocolsStopsignalSignalsHealthcheckTypes() {
    assertThat(AssistAssert.at("FROM a\nEXPOSE 80|").completionLabels())
        .containsExactly("80/tcp", "80/udp");
    assertThat(AssistAssert.at("FROM a\nEXPOSE 80/|").completionLabels())
        .containsExactly("tcp", "udp");
    assertThat(AssistAssert.at("FROM a\nSTOPSIGNAL |").completionLabels())
        .contains("SIGTERM", "SIGKILL", "SIGINT", "SIGQUIT");
    assertThat(AssistAssert.at("FROM a\nHEALTHCHECK |").completionLabels())
        .containsExactly(
            "--interval",
            "--timeout",
            "--start-period",
            "--start-interval",
            "--retries",
            "CMD",
            "NONE");
  }

  @Test
  void variablesInAStageAreItsOwnPlusPlatformAndProxyArgs() {
    String text =
        "ARG VERSION=1\nFROM alpine:$VERSION\nARG USER=me\nENV HOME_DIR=/home\nRUN echo ${|";
    List<CompletionItem> items = AssistAssert.at(text).completion();
    List<String> inScope =
        items.stream()
            .filter(i -> i.getSortText().startsWith("0"))
            .map(CompletionItem::getLabel)
            .toList();
    assertThat(inScope).containsExactly("PATH", "USER", "HOME_DIR");
    assertThat(items.stream().map(CompletionItem::getLabel))
        .contains("TARGETPLATFORM", "TARGETARCH", "BUILDPLATFORM", "HTTP_PROXY", "no_proxy")
        .doesNotContain("VERSION");
    assertThat(AssistAssert.at(text).accept("USER")).endsWith("RUN echo ${USER}");
    assertThat(AssistAssert.at("FROM a\nENV A=1\nRUN echo $|").accept("A")).endsWith("RUN echo $A");
    assertThat(items).allMatch(i -> i.getKind() == CompletionItemKind.Variable);
  }

  @Test
  void fromLinesSeeTheGlobalArgs() {
    List<CompletionItem> items = AssistAssert.at("ARG VERSION=1\nFROM alpine:${V|").completion();
    assertThat(items.stream().filter(i -> i.getSortText().startsWith("0")).map(i -> i.getLabel()))
        .contains("VERSION", "TARGETPLATFORM", "BUILDARCH");
  }

  @Test
  void argNamesOfferTheGlobalsToRedeclare() {
    assertThat(AssistAssert.at("ARG VERSION=1\nFROM a\nARG |").completionLabels())
        .startsWith("VERSION", "TARGETPLATFORM");
  }

  @Test
  void directivesAtTheTopOnly() {
    assertThat(AssistAssert.at("# |").completionLabels())
        .containsExactly("syntax", "escape", "check");
    assertThat(AssistAssert.at("# syntax=docker/dockerfile:1\n# |").completionLabels())
        .containsExactly("escape", "check");
    assertThat(AssistAssert.at("FROM a\n# |").completionLabels()).isEmpty();
    assertThat(AssistAssert.at("# escape=|").completionLabels()).containsExactly("\\", "`");
    assertThat(AssistAssert.at("# syntax=|").completionLabels())
        .containsExactly("docker/dockerfile:1", "docker/dockerfile:1-labs");
  }

  @Test
  void checkOptionsAndRuleIds() {
    assertThat(AssistAssert.at("# check=|").completionLabels())
        .containsExactly("skip", "error", "experimental");
    assertThat(AssistAssert.at("# check=error=|").completionLabels())
        .containsExactly("true", "false");
    List<String> skip = AssistAssert.at("# check=skip=JSONArgsRecommended,|").completionLabels();
    assertThat(skip).contains("all", "StageNameCasing", "FromAsCasing").doesNotContain("DL3006");
    assertThat(AssistAssert.at("# check=skip=Stage|").accept("StageNameCasing"))
        .isEqualTo("# check=skip=StageNameCasing");
  }

  @Test
  void ignorePragmasOfferEveryRule() {
    AssistAssert a = AssistAssert.at("FROM a\n# dflint ignore=DL3006,DL|\nRUN x");
    assertThat(a.completionLabels()).contains("DL3008", "StageNameCasing");
    assertThat(a.accept("DL3008")).isEqualTo("FROM a\n# dflint ignore=DL3006,DL3008\nRUN x");
  }

  @Test
  void copySourcesFromTheContextWithoutIgnoredFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/main"));
    Files.writeString(dir.resolve("src/app.py"), "");
    Files.writeString(dir.resolve("src/secret.key"), "");
    Files.writeString(dir.resolve("README.md"), "");
    Files.writeString(dir.resolve(".dockerignore"), "src/*.key\n*.md\n");
    assertThat(AssistAssert.in(dir, "FROM a\nCOPY src/|").completionLabels())
        .containsExactly("app.py", "main/");
    assertThat(AssistAssert.in(dir, "FROM a\nCOPY src/a|").accept("app.py"))
        .isEqualTo("FROM a\nCOPY src/app.py");
    assertThat(AssistAssert.in(dir, "FROM a\nCOPY |").completionLabels())
        .contains("src/", ".dockerignore")
        .doesNotContain("README.md", "Dockerfile.md");
    assertThat(AssistAssert.in(dir, "FROM a\nCOPY --from=x |").completionLabels())
        .containsExactly("--chown", "--chmod", "--link", "--parents", "--exclude");
    assertThat(AssistAssert.in(dir, "FROM a\nCOPY ../|").completionLabels()).isEmpty();
  }

  @Test
  void copySourcesComeFromTheContextADevContainerBuildsWith(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".devcontainer"));
    Files.writeString(
        dir.resolve(".devcontainer/devcontainer.json"),
        "{\"build\": {\"dockerfile\": \"Dockerfile\", \"context\": \"..\"}}");
    Files.writeString(dir.resolve("requirements.txt"), "");
    assertThat(AssistAssert.in(dir.resolve(".devcontainer"), "FROM a\nCOPY |").completionLabels())
        .contains("requirements.txt", ".devcontainer/");
  }

  @Test
  void heredocBodiesGetOnlyVariablesWhereTheyExpand() {
    assertThat(AssistAssert.at("FROM a\nRUN <<EOF\nec|\nEOF\n").completionLabels()).isEmpty();
    assertThat(AssistAssert.at("FROM a\nENV A=1\nRUN <<'EOF'\necho ${|\nEOF\n").accept("A"))
        .isEqualTo("FROM a\nENV A=1\nRUN <<'EOF'\necho ${A}\nEOF\n");
    assertThat(AssistAssert.at("FROM a\nENV A=1\nCOPY <<EOF /f\n$|\nEOF\n").completionLabels())
        .contains("A");
    assertThat(AssistAssert.at("FROM a\nENV A=1\nCOPY <<'EOF' /f\n$|\nEOF\n").completionLabels())
        .isEmpty();
  }
}
