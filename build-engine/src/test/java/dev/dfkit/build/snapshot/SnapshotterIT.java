package dev.dfkit.build.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.exec.Substrate;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.layer.LayerWriter;
import dev.dfkit.build.layer.TarEntry;
import dev.dfkit.build.layer.TarWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Overlay snapshots for real (root and overlayfs). */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SnapshotterIT {

  @TempDir Path tmp;
  ContentStore store;
  Snapshotter snapshots;

  @BeforeEach
  void setUp() throws IOException {
    Substrate.require();
    store = ContentStore.open(tmp.resolve("store"));
    snapshots = Snapshotter.open(store.root());
  }

  @AfterEach
  void tearDown() throws IOException {
    if (snapshots != null) {
      snapshots.close();
      assertThat(Snapshotter.mountPoints()).noneMatch(m -> m.startsWith(snapshots.root()));
    }
  }

  /** A layer blob from raw entries (files hold their size in 'x'). */
  private Layer layer(TarEntry... entries) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    TarWriter w = new TarWriter(tar);
    for (TarEntry e : entries) {
      w.write(e, new ByteArrayInputStream("x".repeat((int) e.size()).getBytes()));
    }
    w.finish();
    Path dir = tmp.resolve("unpacked-" + System.nanoTime());
    dev.dfkit.build.layer.LayerApplier.merging()
        .apply(new ByteArrayInputStream(tar.toByteArray()), dir);
    // store the raw tar as the blob so whiteout entries survive as written
    ContentStore.Written w2 = store.put(tar.toByteArray());
    return new Layer(
        dev.dfkit.build.image.Descriptor.of(
            "application/vnd.oci.image.layer.v1.tar", w2.digest(), w2.size()),
        Digest.of(tar.toByteArray()),
        tar.size());
  }

  private Path unpack(Layer l) throws IOException {
    return snapshots.layer(store, l.blob(), l.diffId());
  }

  @Test
  void layersAreUnpackedOnceAndWhiteoutsHideLowerFiles() throws IOException {
    Layer base =
        layer(
            TarEntry.directory("d/", 0755, 0, 0, 0),
            TarEntry.file("d/a", 0644, 0, 0, 1, 0),
            TarEntry.file("d/b", 0644, 0, 0, 1, 0),
            TarEntry.directory("o/", 0755, 0, 0, 0),
            TarEntry.file("o/old", 0644, 0, 0, 1, 0));
    Layer top =
        layer(
            TarEntry.file("d/.wh.a", 0, 0, 0, 0, 0),
            TarEntry.directory("o/", 0755, 0, 0, 0),
            TarEntry.file("o/.wh..wh..opq", 0, 0, 0, 0, 0),
            TarEntry.file("o/new", 0644, 0, 0, 1, 0));
    Path baseDir = unpack(base);
    assertThat(unpack(base)).isEqualTo(baseDir);
    Path topDir = unpack(top);

    Snapshot s = snapshots.prepare(List.of(baseDir, topDir));
    Path m = s.mountpoint();
    assertThat(m.resolve("d/a")).doesNotExist();
    assertThat(m.resolve("d/b")).exists();
    assertThat(m.resolve("o/old")).doesNotExist();
    assertThat(m.resolve("o/new")).exists();

    snapshots.acquire(s);
    assertThat(snapshots.references(s)).isEqualTo(2);
    snapshots.release(s);
    assertThat(Snapshotter.mountPoints()).contains(m);
    snapshots.release(s);
    assertThat(Snapshotter.mountPoints()).doesNotContain(m);
    assertThat(s.upper().getParent()).doesNotExist();
  }

  @Test
  void aDiffIdThatDoesNotMatchIsRefused() throws IOException {
    Layer l = layer(TarEntry.file("f", 0644, 0, 0, 1, 0));
    Digest wrong = Digest.of("something else");
    assertThatThrownBy(() -> snapshots.layer(store, l.blob(), wrong))
        .hasMessageContaining("has diff ID " + l.diffId());
    assertThat(snapshots.hasLayer(wrong)).isFalse();
    try (var s = Files.list(snapshots.root().resolve("layers"))) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void aScratchSnapshotCommitsToAnUpperDirectory() throws IOException {
    Snapshot s = snapshots.prepare(List.of());
    Files.writeString(s.mountpoint().resolve("hello"), "hi");
    Path upper = snapshots.commit(s);
    assertThat(Snapshotter.mountPoints()).doesNotContain(s.mountpoint());
    assertThat(upper.resolve("hello")).hasContent("hi");
    Layer l = LayerWriter.create().write(upper, store);
    Path adopted = snapshots.adopt(s, l.diffId());
    snapshots.release(s);
    assertThat(adopted.resolve("hello")).hasContent("hi");
    assertThat(snapshots.hasLayer(l.diffId())).isTrue();
  }

  @Test
  void aVeryLongChainHasItsBottomMerged() throws IOException {
    List<Path> chain = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      List<TarEntry> entries = new ArrayList<>();
      entries.add(TarEntry.file("f" + i, 0644, 0, 0, i % 5, 0));
      if (i > 0) {
        entries.add(TarEntry.file(".wh.f" + (i - 1), 0, 0, 0, 0, 0)); // each hides the one below
      }
      if (i == 10) {
        entries.add(TarEntry.file("keep", 0644, 0, 0, 3, 0));
      }
      chain.add(unpack(layer(entries.toArray(TarEntry[]::new))));
    }
    Snapshot s = snapshots.prepare(chain);
    assertThat(s.lowers()).hasSizeLessThan(90);
    try (var list = Files.list(s.mountpoint())) {
      assertThat(list.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("f89", "keep");
    }
    snapshots.release(s);
  }

  @Test
  void pruneRemovesWhatACrashedProcessLeftButNotWhatIsHeld() throws Exception {
    Snapshot held = snapshots.prepare(List.of());
    // a snapshot "left by a crash": mounted, nobody holds its lock
    Path orphan = snapshots.root().resolve("active").resolve("orphan");
    Path upper = Files.createDirectories(orphan.resolve("upper"));
    Path work = Files.createDirectories(orphan.resolve("work"));
    Path merged = Files.createDirectories(orphan.resolve("merged"));
    Path lower = Files.createDirectories(tmp.resolve("lower"));
    Substrate.sh(
        "mount",
        "-t",
        "overlay",
        "overlay",
        "-o",
        "lowerdir=" + lower + ",upperdir=" + upper + ",workdir=" + work,
        merged.toString());
    assertThat(Snapshotter.mountPoints()).contains(merged);

    assertThat(snapshots.prune()).containsExactly("orphan");
    assertThat(orphan).doesNotExist();
    assertThat(Snapshotter.mountPoints()).doesNotContain(merged).contains(held.mountpoint());
    snapshots.release(held);
  }
}
