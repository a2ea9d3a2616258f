package dev.dfkit.build.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.layer.ImageImporter;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.layer.LayerApplier;
import dev.dfkit.build.layer.LayerWriter;
import dev.dfkit.build.layer.TarEntry;
import dev.dfkit.build.layer.TarReader;
import dev.dfkit.build.snapshot.Snapshot;
import dev.dfkit.build.snapshot.Snapshotter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** RUN steps for real: busybox imported as a layer, overlay snapshots, runc. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RuncExecutorIT {

  @TempDir Path tmp;
  ContentStore store;
  Snapshotter snapshots;
  RuncExecutor runc;
  Path bundles;
  Layer base;
  Path baseDir;

  @BeforeEach
  void setUp() throws Exception {
    Path busybox = Substrate.require();
    store = ContentStore.open(tmp.resolve("store"));
    snapshots = Snapshotter.open(store.root());
    bundles = Files.createDirectories(tmp.resolve("bundles"));
    runc = new RuncExecutor(bundles, null);
    Path rootfs = Substrate.busyboxRootfs(busybox, tmp.resolve("rootfs"));
    base = new ImageImporter(store).importDirectory(rootfs, "local/busybox:it", null, null).layer();
    baseDir = snapshots.layer(store, base.blob(), base.diffId());
  }

  @AfterEach
  void tearDown() throws IOException {
    if (snapshots != null) {
      snapshots.close();
      assertNoMountsUnder(snapshots.root());
    }
  }

  private RuntimeSpecBuilder sh(String script) {
    return RuntimeSpecBuilder.builder().args(List.of("/bin/sh", "-c", script));
  }

  private static List<TarEntry> entries(ContentStore store, Descriptor blob) throws IOException {
    List<TarEntry> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(store.open(blob.digestValue()))) {
      TarReader r = new TarReader(in);
      for (TarEntry e; (e = r.next()) != null; ) {
        out.add(e);
      }
    }
    return out;
  }

  static void assertNoMountsUnder(Path root) throws IOException {
    assertThat(Snapshotter.mountPoints()).noneMatch(m -> m.startsWith(root));
  }

  @Test
  void aRunBecomesALayerWithWhiteoutsAndNoRuntimeClutter() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    RuntimeSpec spec =
        sh("echo hi > /a; rm /bin/ls; mkdir -p /d && touch /d/x; echo done").build(s.mountpoint());
    ExecResult r =
        runc.run(spec, s.mountpoint(), (stream, line) -> lines.add(line), Duration.ofMinutes(1));
    assertThat(r.exitCode()).as(r.failureMessage(spec.args())).isZero();
    assertThat(lines).containsExactly("done");

    Path upper = snapshots.commit(s);
    assertNoMountsUnder(snapshots.root());
    Layer layer =
        LayerWriter.builder()
            .dropMountStubs(LayerWriter.RUNTIME_MOUNT_STUBS)
            .build()
            .write(upper, store);
    List<String> names = entries(store, layer.blob()).stream().map(TarEntry::name).toList();
    assertThat(names).contains("a", "bin/", "bin/.wh.ls", "d/", "d/x");
    assertThat(names)
        .noneMatch(n -> n.startsWith("proc") || n.startsWith("sys") || n.startsWith("dev"))
        .doesNotContain("etc/hosts", "etc/resolv.conf", "etc/hostname");
    Path layerDir = snapshots.adopt(s, layer.diffId());
    snapshots.release(s);
    assertThat(snapshots.references(s)).isZero();

    // the layers applied in order give the file system the step saw
    Path fresh = tmp.resolve("fresh");
    LayerApplier.merging().apply(store, base.blob(), fresh);
    LayerApplier.merging().apply(store, layer.blob(), fresh);
    assertThat(fresh.resolve("a")).hasContent("hi");
    assertThat(fresh.resolve("bin/ls")).doesNotExist();
    assertThat(fresh.resolve("bin/cat")).exists();
    assertThat(fresh.resolve("d/x")).exists();
    assertThat(fresh.resolve("proc")).doesNotExist();
    assertThat(fresh.resolve("etc/hosts")).doesNotExist();

    // and the adopted upper directory stacks as a lower for the next step
    Snapshot next = snapshots.prepare(List.of(baseDir, layerDir));
    assertThat(next.mountpoint().resolve("bin/ls")).doesNotExist();
    assertThat(next.mountpoint().resolve("a")).hasContent("hi");
    ExecResult r2 =
        runc.run(
            sh("test -f /a && test ! -e /bin/ls && test -f /d/x").build(next.mountpoint()),
            next.mountpoint(),
            OutputListener.NONE,
            Duration.ofMinutes(1));
    assertThat(r2.exitCode()).isZero();
    snapshots.release(next);
  }

  @Test
  void aFailingRunReportsItsExitCodeAndLastLinesAndLeavesNothingBehind() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    StringBuilder script = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      script.append("echo line").append(i).append("; ");
    }
    script.append("sleep 0.5; echo oops >&2; exit 3");
    RuntimeSpec spec = sh(script.toString()).build(s.mountpoint());
    ExecResult r = runc.run(spec, s.mountpoint(), OutputListener.NONE, Duration.ofMinutes(1));

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.succeeded()).isFalse();
    assertThat(r.lastLines()).hasSize(RuncExecutor.TAIL_LINES).endsWith("line30", "oops");
    assertThat(r.lastLines()).doesNotContain("line1");
    assertThat(r.failureMessage(spec.args()))
        .startsWith("process \"/bin/sh -c echo line1;")
        .contains("did not complete successfully: exit code: 3")
        .contains("line30");

    assertThat(Substrate.sh("runc", "list", "-q")).doesNotContain("dfbuild-");
    assertThat(bundles).isEmptyDirectory();
    snapshots.release(s);
    assertNoMountsUnder(snapshots.root());
    assertThat(snapshots.root().resolve("active")).isEmptyDirectory();
    assertThat(store.tmpDir()).isEmptyDirectory();
  }

  @Test
  void aTimeoutKillsTheContainer() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    ExecResult r =
        runc.run(
            sh("echo started; sleep 600").build(s.mountpoint()),
            s.mountpoint(),
            OutputListener.NONE,
            Duration.ofSeconds(2));
    assertThat(r.timedOut()).isTrue();
    assertThat(r.lastLines()).containsExactly("started");
    assertThat(Substrate.sh("runc", "list", "-q")).doesNotContain("dfbuild-");
    assertThat(bundles).isEmptyDirectory();
    snapshots.release(s);
  }

  @Test
  void userNobodyRunsAs65534InANewWorkdirItOwns() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    RuntimeSpec spec =
        sh("id -u; id -g; pwd; touch mine && echo wrote")
            .user("nobody")
            .workdir("/work/dir")
            .build(s.mountpoint());
    ExecResult r = runc.run(spec, s.mountpoint(), (st, l) -> lines.add(l), Duration.ofMinutes(1));
    assertThat(r.exitCode()).as(String.join("\n", r.lastLines())).isZero();
    assertThat(lines).containsExactly("65534", "65534", "/work/dir", "wrote");
    assertThat(Files.getAttribute(s.mountpoint().resolve("work/dir"), "unix:uid")).isEqualTo(65534);
    snapshots.release(s);
  }

  @Test
  void anUnknownUserIsAClearError() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    assertThatThrownBy(() -> sh("true").user("ghost").build(s.mountpoint()))
        .hasMessage("unable to find user ghost: no matching entries in passwd file");
    snapshots.release(s);
  }

  @Test
  void networkNoneHasOnlyLoopback() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    ExecResult r =
        runc.run(
            sh("ls /sys/class/net; cat /etc/hostname; grep -c nameserver /etc/resolv.conf")
                .network(NetworkMode.NONE)
                .build(s.mountpoint()),
            s.mountpoint(),
            (st, l) -> lines.add(l),
            Duration.ofMinutes(1));
    assertThat(lines).containsExactly("lo", RuntimeSpecBuilder.DEFAULT_HOSTNAME, "0");
    assertThat(r.exitCode()).isEqualTo(1); // grep -c found no name server
    snapshots.release(s);
  }

  @Test
  void hostNetworkSeesTheHostsInterfaces() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    ExecResult r =
        runc.run(
            sh("ls /sys/class/net").build(s.mountpoint()),
            s.mountpoint(),
            (st, l) -> lines.add(l),
            Duration.ofMinutes(1));
    assertThat(r.exitCode()).isZero();
    List<String> host = new ArrayList<>();
    try (var list = Files.list(Path.of("/sys/class/net"))) {
      list.forEach(p -> host.add(p.getFileName().toString()));
    }
    assertThat(lines).containsExactlyInAnyOrderElementsOf(host);
    snapshots.release(s);
  }

  @Test
  void anInterruptedRunLeavesNoContainerBehind() throws Exception {
    Snapshot s = snapshots.prepare(List.of(baseDir));
    RuntimeSpec spec = sh("echo started; sleep 600").build(s.mountpoint());
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    Throwable[] thrown = new Throwable[1];
    Thread t =
        new Thread(
            () -> {
              try {
                runc.run(spec, s.mountpoint(), (st, l) -> started.countDown(), null);
              } catch (Throwable e) {
                thrown[0] = e;
              }
            });
    t.start();
    assertThat(started.await(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    t.interrupt();
    t.join(60_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(thrown[0]).isInstanceOf(InterruptedException.class);
    assertThat(Substrate.sh("runc", "list", "-q")).doesNotContain("dfbuild-");
    assertThat(bundles).isEmptyDirectory();
    snapshots.release(s);
  }
}
