package dev.dfkit.parser.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Instruction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildVariablesTest {

  private static Dockerfile parse(String text) {
    return DockerfileParser.parse(text).dockerfile();
  }

  private static BuildOptions amd64(Map<String, String> buildArgs) {
    return new BuildOptions(
        buildArgs, Platform.LINUX_AMD64, Platform.LINUX_ARM64, Optional.empty());
  }

  @Test
  void globalArgsExpandFromLinesAndPredefinedPlatformArgsAreGlobal() {
    Dockerfile df = parse("ARG REPO=docker.io/library\nARG BASE=$REPO/alpine:3.20\nFROM ${BASE}\n");
    BuildVariables v = BuildVariables.analyze(df, amd64(Map.of()));
    StageBase base = v.base(df.stages().get(0));
    assertThat(base.image().value()).contains("docker.io/library/alpine:3.20");
    assertThat(base.image().matched()).containsExactly("BASE");
    assertThat(v.global().get("TARGETPLATFORM")).isEqualTo("linux/arm64");
    assertThat(v.global().get("BUILDARCH")).isEqualTo("amd64");
  }

  @Test
  void buildArgsReplaceDefaults() {
    Dockerfile df = parse("ARG V=1\nFROM alpine:$V\n");
    BuildVariables v = BuildVariables.analyze(df, amd64(Map.of("V", "2")));
    assertThat(v.base(df.stages().get(0)).image().value()).contains("alpine:2");
  }

  @Test
  void stagesSeeOnlyWhatTheyDeclare() {
    Dockerfile df =
        parse(
            "ARG V=1\nFROM alpine\nRUN echo\nARG V\nARG TARGETARCH\nENV A=$V B=$A\nENV C=$A\nWORKDIR /w\n");
    BuildVariables v = BuildVariables.analyze(df, amd64(Map.of()));
    Instruction run = df.stages().get(0).instructions().get(0);
    assertThat(v.before(run).get("V")).isNull();
    assertThat(v.before(run).baseImageUnknown()).isTrue();
    Instruction workdir = df.stages().get(0).instructions().get(5);
    VariableScope scope = v.before(workdir);
    assertThat(scope.get("V")).isEqualTo("1");
    assertThat(scope.get("TARGETARCH")).isEqualTo("arm64");
    assertThat(scope.get("A")).isEqualTo("1");
    assertThat(scope.get("B")).isEmpty(); // all words of one ENV see the scope before it
    assertThat(scope.get("C")).isEqualTo("1");
    assertThat(scope.variable("A").map(Variable::kind)).contains(VariableKind.ENV);
  }

  @Test
  void stageFromAnEarlierStageInheritsItsVariables() {
    Dockerfile df =
        parse("FROM scratch AS base\nENV X=1\nFROM base AS next\nRUN a\nFROM scratch\nRUN b\n");
    BuildVariables v = BuildVariables.analyze(df);
    assertThat(v.base(df.stages().get(1)).parent()).contains(df.stages().get(0));
    assertThat(v.before(df.stages().get(1).instructions().get(0)).get("X")).isEqualTo("1");
    assertThat(v.before(df.stages().get(1).instructions().get(0)).baseImageUnknown()).isFalse();
    assertThat(v.base(df.stages().get(2)).isScratch()).isTrue();
    assertThat(v.before(df.stages().get(2).instructions().get(0)).get("X")).isNull();
  }

  @Test
  void declaredArgWithoutValueIsKnownButUnset() {
    Dockerfile df = parse("FROM alpine\nARG TOKEN\nCOPY $TOKEN /x\n");
    BuildVariables v = BuildVariables.analyze(df);
    VariableScope scope = v.before(df.stages().get(0).instructions().get(1));
    assertThat(scope.variable("TOKEN")).isPresent();
    assertThat(scope.get("TOKEN")).isNull();
  }

  @Test
  void expansionFailuresAreRecorded() {
    Dockerfile df = parse("ARG V\nFROM alpine:${V:?required}\n");
    BuildVariables v = BuildVariables.analyze(df);
    assertThat(v.failures())
        .singleElement()
        .satisfies(
            f -> assertThat(f.error()).hasValueSatisfying(m -> assertThat(m).contains("required")));
  }
}
