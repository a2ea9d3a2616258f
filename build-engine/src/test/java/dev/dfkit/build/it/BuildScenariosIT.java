package dev.dfkit.build.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.engine.BuildOutput;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.solve.BuildFailedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds with runc and overlayfs, scenario by scenario in the style of BuildKit's Dockerfile
 * frontend tests: the result is checked in the exported filesystem and the image configuration.
 */
class BuildScenariosIT {

  @TempDir Path tmp;
  BuildFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new BuildFixture(tmp);
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
      assertNothingLeftBehind(f);
    }
  }

  /** No mount under the state directory, no runc container, no temporary files. */
  static void assertNothingLeftBehind(BuildFixture f) throws Exception {
    String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
    assertThat(mounts).doesNotContain(f.root.toString());
    Path runcState = f.root.resolve("run").resolve("runc");
    if (Files.isDirectory(runcState)) {
      try (Stream<Path> s = Files.list(runcState)) {
        assertThat(s.toList()).isEmpty();
      }
    }
    try (Stream<Path> s = Files.list(f.root.resolve("tmp"))) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void runAndCopyMakeLayersThatExportAsAFilesystem() throws Exception {
    f.write("hello.txt", "hello\n");
    Path out =
        f.buildToDirectory(
            """
            FROM busybox
            COPY hello.txt /data/
            RUN cat /data/hello.txt > /data/copy.txt && echo done
            """);
    assertThat(out.resolve("data/copy.txt")).hasContent("hello");
    assertThat(out.resolve("bin/busybox")).exists();
    assertThat(f.progress.events).contains("output 3 done");
  }

  @Test
  void dockerignoreExceptionsAreHonoured() throws Exception {
    f.write(".dockerignore", "*.txt\n!keep.txt\nsecret/\n");
    f.write("keep.txt", "k");
    f.write("drop.txt", "d");
    f.write("secret/key", "s");
    f.write("src/a.go", "package a");
    Path out = f.buildToDirectory("FROM busybox\nCOPY . /ctx/\n");
    try (Stream<Path> s = Files.walk(out.resolve("ctx"))) {
      assertThat(s.map(p -> out.resolve("ctx").relativize(p).toString()).sorted().toList())
          // As in BuildKit, the ignore file itself is sent unless it excludes itself.
          .containsExactly("", ".dockerignore", "Dockerfile", "keep.txt", "src", "src/a.go");
    }
  }

  @Test
  void argsAreScopedAndBuildArgsOverride() throws Exception {
    Path out =
        f.buildToDirectoryWithArgs(
            """
            ARG BASE=busybox
            ARG GREETING=hi
            FROM ${BASE}
            ARG GREETING
            ARG WHO=world
            ENV FROM_ENV=$WHO
            RUN echo "$GREETING $WHO $FROM_ENV $TARGETARCH" > /out.txt
            """,
            Map.of("WHO", "you"));
    assertThat(out.resolve("out.txt")).hasContent("hi you you ");
  }

  @Test
  void copyFollowsDockersDirectoryRules() throws Exception {
    f.write("dir/a.txt", "a");
    f.write("dir/sub/b.txt", "b");
    f.write("file.txt", "f");
    f.write("x1.log", "1");
    f.write("x2.log", "2");
    Path out =
        f.buildToDirectory(
            """
            FROM scratch
            COPY dir /contents
            COPY dir/ /contents2/
            COPY file.txt /renamed
            COPY file.txt /intodir/
            COPY x*.log /logs/
            COPY file.txt dir/a.txt /multi/
            """);
    assertThat(out.resolve("contents/a.txt")).hasContent("a");
    assertThat(out.resolve("contents/sub/b.txt")).hasContent("b");
    assertThat(out.resolve("contents2/sub/b.txt")).exists();
    assertThat(out.resolve("renamed")).isRegularFile().hasContent("f");
    assertThat(out.resolve("intodir/file.txt")).hasContent("f");
    assertThat(out.resolve("logs/x1.log")).exists();
    assertThat(out.resolve("logs/x2.log")).exists();
    assertThat(out.resolve("multi/file.txt")).exists();
    assertThat(out.resolve("multi/a.txt")).exists();
  }

  @Test
  void chownAndChmodApply() throws Exception {
    f.write("f.txt", "x");
    Path out =
        f.buildToDirectory(
            """
            FROM busybox
            COPY --chown=app:app --chmod=640 f.txt /home/app/f.txt
            USER app
            RUN id -u > /home/app/uid && touch /home/app/made
            """);
    Path file = out.resolve("home/app/f.txt");
    assertThat(Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(1000);
    assertThat(Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(1000);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(out.resolve("home/app/uid")).hasContent("1000");
    assertThat(Files.getAttribute(out.resolve("home/app/made"), "unix:uid")).isEqualTo(1000);
  }

  @Test
  void onlyTheTargetsStagesAreBuilt() throws Exception {
    BuildEngine.BuildResult result =
        f.build(
            """
            FROM busybox AS build
            RUN echo built > /artifact
            FROM busybox AS broken
            RUN exit 1
            FROM scratch AS final
            COPY --from=build /artifact /artifact
            """,
            Map.of(),
            "final",
            List.of(),
            false);
    assertThat(f.progress.events).noneMatch(e -> e.contains("exit 1"));
    assertThat(result.layers()).hasSize(1);
  }

  @Test
  void onbuildTriggersRunInTheChildBuild() throws Exception {
    BuildEngine.BuildResult base =
        f.build("FROM busybox\nONBUILD RUN echo from-trigger > /triggered\n");
    f.engine.store().tag("docker.io/library/withtrigger:latest", base.image().descriptor());
    assertThat(base.image().config().config().onBuild())
        .containsExactly("RUN echo from-trigger > /triggered");
    Path out = f.buildToDirectory("FROM withtrigger\nRUN cat /triggered > /seen\n");
    assertThat(out.resolve("seen")).hasContent("from-trigger");
  }

  @Test
  void deletedFilesBecomeWhiteouts() throws Exception {
    Path out =
        f.buildToDirectory(
            """
            FROM busybox
            RUN mkdir -p /d/sub && echo x > /d/sub/f && echo y > /d/keep
            RUN rm /etc/group && rm -r /d/sub
            """);
    assertThat(out.resolve("etc/group")).doesNotExist();
    assertThat(out.resolve("etc/passwd")).exists();
    assertThat(out.resolve("d/sub")).doesNotExist();
    assertThat(out.resolve("d/keep")).hasContent("y");
  }

  @Test
  void imageConfigFieldsAreWrittenAsDockerDoes() throws Exception {
    BuildEngine.BuildResult result =
        f.build(
            """
            FROM busybox
            ENV A=1 B="two words"
            WORKDIR /app
            USER app
            EXPOSE 8080 53/udp
            LABEL org.example.k=v
            VOLUME /data
            STOPSIGNAL SIGTERM
            ENTRYPOINT ["/bin/sh", "-c"]
            CMD ["echo hi"]
            """);
    ImageConfig config = result.image().config();
    ContainerConfig c = config.config();
    assertThat(c.env()).contains("A=1", "B=two words");
    assertThat(c.workingDir()).isEqualTo("/app");
    assertThat(c.user()).isEqualTo("app");
    assertThat(c.exposedPorts()).containsOnlyKeys("8080/tcp", "53/udp");
    assertThat(c.labels()).containsEntry("org.example.k", "v");
    assertThat(c.volumes()).containsOnlyKeys("/data");
    assertThat(c.entrypoint()).containsExactly("/bin/sh", "-c");
    assertThat(c.cmd()).containsExactly("echo hi");
    assertThat(config.rootfs().diffIds()).hasSize(2);
    assertThat(config.history())
        .extracting(ImageConfig.History::createdBy)
        .contains("WORKDIR /app", "USER app", "EXPOSE [8080/tcp 53/udp]");
    assertThat(config.history()).allSatisfy(h -> assertThat(h.created()).isNotNull());
  }

  @Test
  void rebuildsComeFromTheCacheUntilAFileChanges() throws Exception {
    f.write("a.txt", "1");
    f.write("b.txt", "b");
    String dockerfile =
        """
        FROM busybox
        COPY b.txt /b.txt
        RUN echo first > /first
        COPY a.txt /a.txt
        RUN cat /a.txt > /copy
        """;
    BuildEngine.BuildResult first = f.build(dockerfile);
    f.progress.events.clear();
    BuildEngine.BuildResult second = f.build(dockerfile);
    assertThat(second.image().digest()).isEqualTo(first.image().digest());
    assertThat(f.progress.cachedCount()).isEqualTo(5);
    f.progress.events.clear();
    f.write("a.txt", "2");
    BuildEngine.BuildResult third = f.build(dockerfile);
    assertThat(f.progress.cachedCount()).isEqualTo(3);
    assertThat(third.layers().subList(0, 3)).isEqualTo(first.layers().subList(0, 3));
    assertThat(third.image().digest()).isNotEqualTo(first.image().digest());
  }

  @Test
  void aFailingRunReportsItsExitCodeAndLeavesNothingBehind() throws Exception {
    assertThatThrownBy(
            () -> f.build("FROM busybox\nRUN echo about to fail && echo oops >&2 && exit 3\n"))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.getMessage()).contains("did not complete successfully: exit code: 3");
              assertThat(e.lastLines()).contains("about to fail", "oops");
              assertThat(e.vertex().step().location().orElseThrow().start().line()).isEqualTo(1);
            });
    assertNothingLeftBehind(f);
  }

  @Test
  void heredocsRunAndCopy() throws Exception {
    Path out =
        f.buildToDirectory(
            """
            FROM busybox
            ARG NAME=heredoc
            RUN <<EOF
            echo "one $NAME" > /one
            EOF
            RUN <<EOF
            #!/bin/sh
            echo "script" > /two
            EOF
            COPY <<EOF /three
            three $NAME
            EOF
            """);
    assertThat(out.resolve("one")).hasContent("one heredoc");
    assertThat(out.resolve("two")).hasContent("script");
    assertThat(out.resolve("three")).hasContent("three heredoc");
  }

  @Test
  void aStepThatChangesNothingGivesTheSameLayerWhateverTheTime() throws Exception {
    // runc's mount targets (/etc/resolv.conf, /etc/hosts …) are created and removed around each
    // step: their folder must not carry the time of the step into the layer
    BuildEngine.BuildResult result = f.build("FROM busybox\nRUN true\nRUN sleep 1.2\n");
    List<Layer> layers = result.layers();
    assertThat(layers.get(layers.size() - 1).diffId())
        .isEqualTo(layers.get(layers.size() - 2).diffId());
  }

  @Test
  void identicalLayersTwiceInOneChainStillMount() throws Exception {
    // Both RUNs change nothing: two empty layers with one diff ID under the third step.
    BuildEngine.BuildResult result =
        f.build("FROM busybox\nRUN true\nRUN true\nRUN echo ok > /ok\n");
    List<Layer> layers = result.layers();
    assertThat(layers.get(layers.size() - 2).diffId())
        .isEqualTo(layers.get(layers.size() - 3).diffId());
    Path out = f.buildToDirectory("FROM busybox\nRUN true\nRUN true\nRUN echo ok > /ok\n");
    assertThat(out.resolve("ok")).hasContent("ok");
  }

  @Test
  void ociAndDockerArchivesAreWritten() throws Exception {
    Path oci = tmp.resolve("image.oci.tar");
    Path docker = tmp.resolve("image.docker.tar");
    BuildEngine.BuildResult result =
        f.build(
            "FROM busybox\nRUN echo x > /x\n",
            Map.of(),
            null,
            List.of(
                BuildOutput.parse("type=oci,dest=" + oci),
                BuildOutput.parse("type=docker,dest=" + docker)),
            false);
    String ociList = BuildFixture.run(List.of("tar", "tf", oci.toString()));
    assertThat(ociList).contains("oci-layout", "index.json", "blobs/sha256/");
    String dockerList = BuildFixture.run(List.of("tar", "tf", docker.toString()));
    assertThat(dockerList).contains("manifest.json");
    // skopeo reads both archives: they are valid images with the layer we made.
    String fromOci = BuildFixture.run(List.of("skopeo", "inspect", "oci-archive:" + oci));
    String fromDocker = BuildFixture.run(List.of("skopeo", "inspect", "docker-archive:" + docker));
    assertThat(fromOci).contains("\"Layers\"");
    assertThat(fromDocker).contains("\"Layers\"");
    String config =
        BuildFixture.run(List.of("skopeo", "inspect", "--config", "oci-archive:" + oci));
    for (String diffId : result.image().config().rootfs().diffIds()) {
      assertThat(config).contains(diffId);
    }
    // Archives carry gzip layers even though the store keeps plain tars.
    assertThat(BuildFixture.run(List.of("skopeo", "inspect", "--raw", "oci-archive:" + oci)))
        .contains("tar+gzip");
  }

  @Test
  void cancellingStopsARunningStepAndCleansUp() throws Exception {
    java.util.concurrent.ExecutorService other =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<?> build =
          other.submit(
              () -> {
                f.build("FROM busybox\nRUN echo started && sleep 120\n");
                return null;
              });
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (f.progress.events.stream().noneMatch(e -> e.endsWith(" started"))) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(50);
      }
      long start = System.nanoTime();
      f.engine.cancel();
      assertThatThrownBy(() -> build.get(60, java.util.concurrent.TimeUnit.SECONDS))
          .hasMessageContaining("cancelled");
      assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(30);
      assertNothingLeftBehind(f);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void addUnpacksLocalArchivesAndFetchesUrlsWithTheirChecksum() throws Exception {
    Path src = tmp.resolve("archive-src");
    Files.createDirectories(src.resolve("pkg"));
    Files.writeString(src.resolve("pkg/file.txt"), "packed");
    BuildFixture.run(
        List.of(
            "tar",
            "-czf",
            f.context.resolve("pkg.tar.gz").toString(),
            "-C",
            src.toString(),
            "pkg"));
    byte[] body = "downloaded\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/files/tool.txt",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/files/tool.txt";
      Path out =
          f.buildToDirectory(
              "FROM busybox\nADD pkg.tar.gz /opt/\nADD --checksum=sha256:"
                  + sha
                  + " "
                  + url
                  + " /dl/\n");
      assertThat(out.resolve("opt/pkg/file.txt")).hasContent("packed");
      assertThat(out.resolve("dl/tool.txt")).hasContent("downloaded");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(out.resolve("dl/tool.txt"))))
          .isEqualTo("rw-------");
      assertThatThrownBy(
              () ->
                  f.build(
                      "FROM busybox\nADD --checksum=sha256:"
                          + "0".repeat(64)
                          + " "
                          + url
                          + " /dl/\n"))
          .hasMessageContaining("digest mismatch");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theCliShowsAFailedStepWithItsLocationAndOutput() throws Exception {
    f.write("Dockerfile", "FROM busybox\nRUN echo first && echo broken >&2 && exit 7\n");
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        dev.dfkit.build.cli.DfbuildCommand.run(
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(err),
            "--root",
            f.root.toString(),
            "--progress",
            "plain",
            f.context.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains(" > [2/2] RUN echo first && echo broken >&2 && exit 7:")
        .contains(" > broken")
        .contains(
            "Dockerfile:2:1: error: process \"/bin/sh -c echo first && echo broken >&2 &&"
                + " exit 7\" did not complete successfully: exit code: 7")
        .contains(" 2 | >>> RUN echo first");
  }
}
