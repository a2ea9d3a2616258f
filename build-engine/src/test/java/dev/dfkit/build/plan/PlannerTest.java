package dev.dfkit.build.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.ScratchOp;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The planner's Docker semantics, scenario by scenario, as BuildKit's frontend tests check them.
 */
class PlannerTest {

  private final Map<String, ImageConfig> images = new HashMap<>();
  private final List<String> resolved = new ArrayList<>();

  PlannerTest() {
    images.put("docker.io/library/busybox:latest", config(List.of("PATH=/bin"), null, null));
  }

  private static ImageConfig config(List<String> env, List<String> onBuild, List<String> cmd) {
    ContainerConfig c =
        new ContainerConfig(
            null, null, env, null, cmd, null, null, null, null, null, null, onBuild, null);
    return new ImageConfig(
        "2024-01-01T00:00:00Z",
        null,
        "amd64",
        "linux",
        null,
        c,
        new ImageConfig.RootFs("layers", List.of(Digest.of("base").toString())),
        List.of(new ImageConfig.History("2024-01-01T00:00:00Z", "base", null, null, null)));
  }

  private final ImageResolver resolver =
      (reference, platform) -> {
        resolved.add(reference + " " + platform.format());
        ImageConfig c = images.get(reference);
        if (c == null) {
          throw new IOException("not found");
        }
        Layer layer =
            new Layer(
                Descriptor.of(MediaTypes.OCI_LAYER_GZIP, Digest.of("blob"), 10),
                Digest.of("base"),
                20);
        return new BaseImage(
            reference + "@sha256:" + "a".repeat(64), "sha256:" + "a".repeat(64), c, List.of(layer));
      };

  private BuildPlan plan(String dockerfile, Map<String, String> args, String target)
      throws Exception {
    BuildRequest request =
        new BuildRequest(
            Path.of("."),
            Path.of("Dockerfile"),
            args,
            Optional.ofNullable(target),
            Optional.of(Platform.LINUX_AMD64),
            Map.of(),
            false,
            "default");
    return Planner.plan(DockerfileParser.parse(dockerfile).dockerfile(), request, resolver);
  }

  private BuildPlan plan(String dockerfile) throws Exception {
    return plan(dockerfile, Map.of(), null);
  }

  private static List<String> history(BuildPlan plan) {
    return plan.target().config().history().stream()
        .map(h -> h.createdBy() + (Boolean.TRUE.equals(h.emptyLayer()) ? "" : " [layer]"))
        .toList();
  }

  private static List<Vertex> chain(Vertex v) {
    List<Vertex> out = new ArrayList<>();
    for (Vertex x = v; x != null; x = x.inputs().isEmpty() ? null : x.inputs().get(0)) {
      out.add(0, x);
    }
    return out;
  }

  @Test
  void argsAreScopedAsInBuildKit() throws Exception {
    BuildPlan plan =
        plan(
            """
            ARG BASE=busybox
            ARG V=1
            FROM ${BASE}
            ARG V
            ENV E=$V
            ARG W=two
            RUN echo $V $W
            """,
            Map.of("W", "cli"),
            null);
    assertThat(resolved).containsExactly("docker.io/library/busybox:latest linux/amd64");
    assertThat(plan.target().config().config().env()).containsExactly("PATH=/bin", "E=1");
    ExecOp run = (ExecOp) plan.target().vertex().op();
    assertThat(run.args()).containsExactly("/bin/sh", "-c", "echo $V $W");
    assertThat(run.env()).containsExactly("PATH=/bin", "V=1", "E=1", "W=cli");
    assertThat(history(plan))
        .containsSubsequence(
            "ARG V=1",
            "ENV E=1",
            "ARG W=cli",
            "RUN |2 V=1 W=cli /bin/sh -c echo $V $W # buildkit" + " [layer]");
  }

  @Test
  void automaticPlatformArgsNeedADeclarationInTheStage() throws Exception {
    BuildPlan plan =
        plan(
            """
            FROM busybox
            RUN echo $TARGETARCH
            ARG TARGETARCH
            RUN echo $TARGETARCH
            """);
    List<Vertex> steps = chain(plan.target().vertex());
    ExecOp first = (ExecOp) steps.get(1).op();
    ExecOp second = (ExecOp) steps.get(2).op();
    assertThat(first.env()).noneMatch(e -> e.startsWith("TARGETARCH="));
    assertThat(second.env()).contains("TARGETARCH=amd64");
  }

  @Test
  void onlyTheStagesTheTargetNeedsAreBuilt() throws Exception {
    BuildPlan plan =
        plan(
            """
            FROM busybox AS base
            RUN echo base
            FROM base AS build
            RUN make
            FROM missing-image AS unused
            FROM scratch AS final
            COPY --from=build /out /app
            COPY --from=0 /etc/passwd /etc/
            """,
            Map.of(),
            "final");
    assertThat(plan.stages())
        .extracting(BuildPlan.StagePlan::name)
        .containsExactly("base", "build", "final");
    Vertex copy = plan.target().vertex();
    assertThat(copy.step().name()).isEqualTo("[final 2/2] COPY --from=0 /etc/passwd /etc/");
    Vertex first = copy.inputs().get(0);
    assertThat(first.inputs().get(0).op()).isInstanceOf(ScratchOp.class);
    assertThat(first.inputs().get(1).step().name()).isEqualTo("[build 1/1] RUN make");
    CopyOp op = (CopyOp) first.op();
    assertThat(op.fromInput()).isTrue();
    assertThat(op.destination()).isEqualTo("/app");
    assertThat(op.sources()).containsExactly(new CopySource.Path("/out"));
  }

  @Test
  void unknownTargetsGetASuggestion() {
    assertThatThrownBy(() -> plan("FROM busybox AS build\n", Map.of(), "biuld"))
        .isInstanceOf(PlanException.class)
        .hasMessage("target stage \"biuld\" could not be found (did you mean build?)");
  }

  @Test
  void copyFromALaterStageOrWithVariablesFails() {
    assertThatThrownBy(
            () -> plan("FROM busybox AS a\nCOPY --from=b /x /\nFROM busybox AS b\n", Map.of(), "a"))
        .hasMessage(
            "cannot copy from stage \"b\", it needs to be defined before current stage" + " \"a\"");
    assertThatThrownBy(() -> plan("FROM busybox\nARG S=a\nCOPY --from=$S /x /\n"))
        .hasMessageStartingWith("variable expansion is not supported for --from");
  }

  @Test
  void onbuildTriggersOfTheBaseImageRunFirstAndAreNotInherited() throws Exception {
    images.put(
        "docker.io/library/onbuild:latest",
        config(List.of("PATH=/bin"), List.of("RUN echo triggered", "ENV T=1"), null));
    BuildPlan plan = plan("FROM onbuild\nRUN echo own\nONBUILD RUN echo next\n");
    List<Vertex> steps = chain(plan.target().vertex());
    // BuildKit counts every trigger as a step, even one that makes no layer: 3 of "4".
    assertThat(steps)
        .extracting(v -> v.step().name())
        .containsExactly(
            "[1/4] FROM docker.io/library/onbuild:latest@sha256:" + "a".repeat(64),
            "[2/4] ONBUILD RUN echo triggered",
            "[3/4] RUN echo own");
    assertThat(plan.target().config().config().env()).contains("T=1");
    assertThat(plan.target().config().config().onBuild()).containsExactly("RUN echo next");
  }

  @Test
  void entrypointResetsTheInheritedCmdButNotOneSetInTheStage() throws Exception {
    images.put("docker.io/library/withcmd:latest", config(null, null, List.of("sh")));
    ContainerConfig reset =
        plan("FROM withcmd\nENTRYPOINT [\"/app\"]\n").target().config().config();
    assertThat(reset.cmd()).isNull();
    assertThat(reset.entrypoint()).containsExactly("/app");
    ContainerConfig kept =
        plan("FROM withcmd\nCMD [\"--help\"]\nENTRYPOINT /app run\n").target().config().config();
    assertThat(kept.cmd()).containsExactly("--help");
    assertThat(kept.entrypoint()).containsExactly("/bin/sh", "-c", "/app run");
  }

  @Test
  void shellChangesShellFormCommands() throws Exception {
    BuildPlan plan =
        plan(
            "FROM busybox\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b\nCMD run\n");
    ExecOp run = (ExecOp) plan.target().vertex().op();
    assertThat(run.args()).containsExactly("/bin/ash", "-eo", "pipefail", "-c", "a | b");
    ContainerConfig c = plan.target().config().config();
    assertThat(c.cmd()).containsExactly("/bin/ash", "-eo", "pipefail", "-c", "run");
    assertThat(c.argsEscaped()).isTrue();
    assertThat(history(plan))
        .contains(
            "SHELL [/bin/ash -eo pipefail -c]",
            "CMD [\"/bin/ash\" \"-eo\" \"pipefail\" \"-c\" \"run\"]");
  }

  @Test
  void workdirIsJoinedCreatedAndRecorded() throws Exception {
    BuildPlan plan = plan("FROM busybox\nUSER 1000\nWORKDIR /app\nWORKDIR src\nWORKDIR /\n");
    List<Vertex> steps = chain(plan.target().vertex());
    assertThat(steps).hasSize(3);
    assertThat(steps.get(1).op()).isEqualTo(new MkdirOp("/app", "1000"));
    assertThat(steps.get(2).op()).isEqualTo(new MkdirOp("/app/src", "1000"));
    assertThat(plan.target().config().config().workingDir()).isEqualTo("/");
    assertThat(history(plan))
        .containsSubsequence("WORKDIR /app [layer]", "WORKDIR /app/src [layer]", "WORKDIR /");
  }

  @Test
  void metadataInstructionsWriteTheConfigAsDockerDoes() throws Exception {
    BuildPlan plan =
        plan(
            """
            FROM busybox
            ARG PORT=8080
            EXPOSE $PORT 53/UDP 7000-7001
            LABEL a=1 "b c"="d e"
            VOLUME ["/data", "/logs"]
            STOPSIGNAL SIGINT
            HEALTHCHECK --interval=30s --retries=3 CMD wget -q http://localhost/
            MAINTAINER someone
            """);
    ImageConfig config = plan.target().config();
    ContainerConfig c = config.config();
    assertThat(c.exposedPorts()).containsOnlyKeys("8080/tcp", "53/udp", "7000/tcp", "7001/tcp");
    assertThat(c.labels()).containsEntry("a", "1").containsEntry("b c", "d e");
    assertThat(c.volumes()).containsOnlyKeys("/data", "/logs");
    assertThat(c.stopSignal()).isEqualTo("SIGINT");
    assertThat(c.healthcheck().test()).containsExactly("CMD-SHELL", "wget -q http://localhost/");
    assertThat(c.healthcheck().interval()).isEqualTo(30_000_000_000L);
    assertThat(c.healthcheck().retries()).isEqualTo(3);
    assertThat(config.author()).isEqualTo("someone");
    assertThat(history(plan))
        .contains(
            "EXPOSE [8080/tcp 53/udp 7000/tcp 7001/tcp]",
            "LABEL a=1 b c=d e",
            "VOLUME [/data /logs]",
            "STOPSIGNAL SIGINT",
            "HEALTHCHECK {Test:[CMD-SHELL wget -q http://localhost/] Interval:30s Timeout:0s"
                + " StartPeriod:0s StartInterval:0s Retries:3}",
            "MAINTAINER someone");
  }

  @Test
  void badValuesFailWithTheirLocation() {
    assertThatThrownBy(() -> plan("FROM busybox\nSTOPSIGNAL SIGNOPE\n"))
        .isInstanceOfSatisfying(
            PlanException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Invalid signal: SIGNOPE");
              assertThat(e.range().orElseThrow().start().line()).isEqualTo(1);
            });
    assertThatThrownBy(() -> plan("FROM busybox\nEXPOSE 80/bogus\n"))
        .hasMessageContaining("invalid proto: bogus");
    assertThatThrownBy(() -> plan("ARG X\nFROM ${X}\n"))
        .hasMessage("base name (${X}) should not be blank");
    assertThatThrownBy(() -> plan("FROM nothere\n")).hasMessageContaining("not found");
  }

  @Test
  void heredocScriptsWithAShebangAreMountedAndRun() throws Exception {
    BuildPlan plan = plan("FROM busybox\nRUN <<EOF\n#!/bin/sh\necho hi\nEOF\n");
    ExecOp run = (ExecOp) plan.target().vertex().op();
    assertThat(run.args()).containsExactly("/bin/sh", "-c", "/dev/pipes/EOF");
    assertThat(run.scripts())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.content()).isEqualTo("#!/bin/sh\necho hi\n");
              assertThat(f.mode()).isEqualTo(0755);
            });
    assertThat(plan.target().vertex().step().name()).isEqualTo("[2/2] RUN <<EOF (#!/bin/sh...)");
  }

  @Test
  void copyHeredocsAreExpandedWhenTheDelimiterIsUnquoted() throws Exception {
    BuildPlan plan =
        plan("FROM busybox\nENV N=world\nCOPY <<A <<'B' /d/\nhello $N\nA\nraw $N\nB\n");
    CopyOp copy = (CopyOp) plan.target().vertex().op();
    assertThat(copy.sources())
        .extracting(s -> ((CopySource.Inline) s).file().content())
        .containsExactly("hello world\n", "raw $N\n");
    assertThat(history(plan)).contains("COPY <<A <<B /d/ # buildkit [layer]");
  }

  @Test
  void copyDestinationsAreRelativeToTheWorkdirAndKeepTheirSlash() throws Exception {
    BuildPlan plan =
        plan("FROM busybox\nWORKDIR /w\nCOPY --chown=1:2 --chmod=640 a b sub/\nCOPY c .\n");
    Vertex last = plan.target().vertex();
    assertThat(((CopyOp) last.op()).destination()).isEqualTo("/w/");
    CopyOp first = (CopyOp) last.inputs().get(0).op();
    assertThat(first.destination()).isEqualTo("/w/sub/");
    assertThat(first.chown()).isEqualTo("1:2");
    assertThat(first.chmod()).isEqualTo("640");
    assertThat(history(plan)).contains("COPY --chown=1:2 --chmod=640 a b sub/ # buildkit [layer]");
    assertThatThrownBy(() -> plan("FROM busybox\nCOPY --chmod=999 a /\n"))
        .hasMessageContaining("it should be octal string and between 0 and 07777");
  }

  @Test
  void addFetchesUrlsButCopyRefusesThem() throws Exception {
    BuildPlan plan =
        plan(
            "FROM busybox\nADD --checksum=sha256:"
                + "b".repeat(64)
                + " https://example.com/dl/tool.tgz /opt/\n");
    CopyOp add = (CopyOp) plan.target().vertex().op();
    assertThat(add.sources())
        .containsExactly(
            new CopySource.Url(
                "https://example.com/dl/tool.tgz", "sha256:" + "b".repeat(64), "tool.tgz"));
    assertThatThrownBy(() -> plan("FROM busybox\nCOPY https://example.com/x /\n"))
        .hasMessage("source can't be a URL for COPY");
  }

  @Test
  void labelsFromTheCommandLineAndStepNumbersOfOneStage() throws Exception {
    BuildRequest request =
        new BuildRequest(
            Path.of("."),
            Path.of("Dockerfile"),
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Map.of("org.example", "yes"),
            true,
            "none");
    BuildPlan plan =
        Planner.plan(
            DockerfileParser.parse("FROM busybox\nRUN true\n").dockerfile(), request, resolver);
    assertThat(plan.target().config().config().labels()).containsEntry("org.example", "yes");
    Vertex run = plan.target().vertex();
    assertThat(run.step().name()).isEqualTo("[2/2] RUN true");
    assertThat(run.step().noCache()).isTrue();
    assertThat(((ExecOp) run.op()).network()).isEqualTo("none");
    assertThat(run.inputs().get(0).op()).isInstanceOf(ImageOp.class);
  }
}
