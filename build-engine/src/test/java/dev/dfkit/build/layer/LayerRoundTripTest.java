package dev.dfkit.build.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.content.ContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerRoundTripTest {

  @TempDir Path tmp;

  /** Whiteouts a test can make without root: an empty file named {@code WH_<name>}. */
  static final WhiteoutMarkers TEST_MARKERS =
      new WhiteoutMarkers() {
        @Override
        public Optional<String> hidden(Path file, Map<String, Object> unix) {
          String n = file.getFileName().toString();
          return n.startsWith("WH_") ? Optional.of(n.substring(3)) : Optional.empty();
        }

        @Override
        public boolean opaque(Path dir, Map<String, byte[]> xattrs) {
          return WhiteoutMarkers.OVERLAYFS.opaque(dir, xattrs);
        }
      };

  private Path sampleTree(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/tool"), "#!/bin/sh\necho tool\n");
    Files.setAttribute(dir.resolve("bin/tool"), "unix:mode", 04755);
    Files.createDirectories(dir.resolve("etc/empty"));
    Files.writeString(dir.resolve("etc/config"), "key=value\n");
    Files.setAttribute(dir.resolve("etc/config"), "unix:mode", 0600);
    Files.createSymbolicLink(dir.resolve("etc/link"), Path.of("config"));
    Files.createSymbolicLink(dir.resolve("abs"), Path.of("/etc/config"));
    Files.createLink(dir.resolve("bin/tool-again"), dir.resolve("bin/tool"));
    Files.createDirectories(dir.resolve("tmp"));
    Files.setAttribute(dir.resolve("tmp"), "unix:mode", 01777);
    String longName = "deep/" + "x".repeat(120) + "/" + "y".repeat(120) + "/file-ü.txt";
    Files.createDirectories(dir.resolve(longName).getParent());
    Files.write(dir.resolve(longName), new byte[100_000]);
    return dir;
  }

  @Test
  void writtenLayerAppliesBackToTheSameTree() throws IOException {
    Path src = sampleTree(tmp.resolve("src"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    Layer layer = LayerWriter.create().write(src, store);

    assertThat(store.has(layer.digest())).isTrue();
    assertThat(layer.size()).isEqualTo(store.size(layer.digest()));
    assertThat(layer.blob().mediaType()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");

    Path dst = tmp.resolve("dst");
    LayerApplier.merging().apply(store, layer.blob(), dst);
    assertThat(Trees.describe(dst)).isEqualTo(Trees.describe(src));
    assertThat(Files.isSameFile(dst.resolve("bin/tool"), dst.resolve("bin/tool-again"))).isTrue();
    assertThat(store.tmpDir()).isEmptyDirectory();
  }

  @Test
  void diffIdIsTheDigestOfTheUncompressedTar() throws IOException {
    Path src = sampleTree(tmp.resolve("src"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    Layer layer = LayerWriter.create().write(src, store);
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    LayerWriter.create().writeTar(src, tar);
    assertThat(dev.dfkit.build.content.Digest.of(tar.toByteArray())).isEqualTo(layer.diffId());
    assertThat(layer.uncompressedSize()).isEqualTo(tar.size());
  }

  @Test
  void anUncompressedLayerIsItsOwnTarAndAppliesBack() throws IOException {
    Path src = sampleTree(tmp.resolve("src"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    Layer layer = LayerWriter.builder().uncompressed().build().write(src, store);
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    LayerWriter.create().writeTar(src, tar);

    assertThat(layer.blob().mediaType()).isEqualTo("application/vnd.oci.image.layer.v1.tar");
    assertThat(layer.diffId()).isEqualTo(dev.dfkit.build.content.Digest.of(tar.toByteArray()));
    assertThat(layer.digest()).isEqualTo(layer.diffId());
    assertThat(layer.size()).isEqualTo(tar.size()).isEqualTo(layer.uncompressedSize());
    Path dst = tmp.resolve("dst");
    LayerApplier.merging().apply(store, layer.blob(), dst);
    assertThat(Trees.describe(dst)).isEqualTo(Trees.describe(src));
  }

  @Test
  void entriesAreSortedParentsFirstWithoutOwnerNames() throws IOException {
    Path src = sampleTree(tmp.resolve("src"));
    List<TarEntry> entries = entries(src, LayerWriter.create());
    List<String> names = entries.stream().map(TarEntry::name).toList();
    assertThat(names)
        .startsWith("abs", "bin/", "bin/tool", "bin/tool-again", "deep/")
        .contains("etc/", "etc/config", "etc/empty/", "etc/link", "tmp/");
    TarEntry again = entries.get(names.indexOf("bin/tool-again"));
    assertThat(again.type()).isEqualTo(TarEntry.Type.HARDLINK);
    assertThat(again.linkName()).isEqualTo("bin/tool");
    assertThat(entries.get(names.indexOf("bin/tool")).mode()).isEqualTo(04755);
    assertThat(entries.get(names.indexOf("tmp/")).mode()).isEqualTo(01777);
    assertThat(entries.get(names.indexOf("abs")).linkName()).isEqualTo("/etc/config");
  }

  @Test
  void sameDirectoryGivesTheSameDigests() throws IOException {
    Path src = sampleTree(tmp.resolve("src"));
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    Layer a = LayerWriter.create().write(src, store);
    Layer b = LayerWriter.create().write(src, store);
    assertThat(b).isEqualTo(a);
  }

  @Test
  void clampedTimesMakeCopiesMadeAtDifferentTimesIdentical() throws IOException {
    Path one = sampleTree(tmp.resolve("one"));
    Path two = sampleTree(tmp.resolve("two"));
    try (var s = Files.walk(two)) {
      for (Path p : s.toList()) {
        if (!Files.isSymbolicLink(p)) {
          Files.setLastModifiedTime(p, FileTime.fromMillis(1_900_000_000_000L));
        }
      }
    }
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    LayerWriter clamped = LayerWriter.builder().clampMtime(1_000_000_000L).build();
    // symlink times differ too; clamp covers them as they are newer than the clamp
    assertThat(clamped.write(two, store).digest()).isEqualTo(clamped.write(one, store).digest());
    assertThat(entries(one, clamped)).allMatch(e -> e.mtime() <= 1_000_000_000L);
  }

  @Test
  void whiteoutsBecomeWhEntriesAndDeleteOnApply() throws IOException {
    Path lower = tmp.resolve("lower");
    Files.createDirectories(lower.resolve("dir/sub"));
    Files.writeString(lower.resolve("gone"), "old");
    Files.writeString(lower.resolve("dir/old"), "old");
    Files.writeString(lower.resolve("dir/sub/old"), "old");
    Files.writeString(lower.resolve("kept"), "kept");

    Path upper = tmp.resolve("upper");
    Files.createDirectories(upper.resolve("dir"));
    Files.writeString(upper.resolve("WH_gone"), "");
    Files.writeString(upper.resolve("dir/new"), "new");
    setUserXattr(upper.resolve("dir"), "overlay.opaque", "y");

    LayerWriter writer = LayerWriter.builder().whiteoutMarkers(TEST_MARKERS).build();
    List<String> names = entries(upper, writer).stream().map(TarEntry::name).toList();
    assertThat(names).containsExactly(".wh.gone", "dir/", "dir/.wh..wh..opq", "dir/new");

    ContentStore store = ContentStore.open(tmp.resolve("store"));
    Layer layer = writer.write(upper, store);
    LayerApplier.merging().apply(store, layer.blob(), lower);
    assertThat(Trees.describe(lower).keySet()).containsExactly("dir", "dir/new", "kept");
  }

  @Test
  void overlayMarkersAreNotCopiedIntoTheLayer() throws IOException {
    Path upper = tmp.resolve("upper");
    Files.createDirectories(upper.resolve("dir"));
    setUserXattr(upper.resolve("dir"), "overlay.opaque", "y");
    setUserXattr(upper.resolve("dir"), "mine", "kept");
    List<TarEntry> entries = entries(upper, LayerWriter.create());
    assertThat(entries.get(0).xattrs()).containsOnlyKeys("user.mine");
  }

  @Test
  void aWhiteoutNeverHidesAnEntryOfItsOwnLayer() throws IOException {
    Path target = tmp.resolve("t");
    Files.createDirectories(target.resolve("d"));
    Files.writeString(target.resolve("d/lower"), "lower");
    byte[] layer =
        tar(
            TarEntry.directory("d/", 0755, 0, 0, 0),
            TarEntry.file("d/mine", 0644, 0, 0, 2, 0),
            TarEntry.file("d/.wh.mine", 0, 0, 0, 0, 0),
            TarEntry.file("d/.wh..wh..opq", 0, 0, 0, 0, 0));
    LayerApplier.merging().apply(new ByteArrayInputStream(layer), target);
    assertThat(Trees.describe(target).keySet()).containsExactly("d", "d/mine");
  }

  @Test
  void whiteoutOfAMissingPathIsHarmless() throws IOException {
    Path target = tmp.resolve("t");
    byte[] layer = tar(TarEntry.file("no/such/.wh.thing", 0, 0, 0, 0, 0));
    LayerApplier.merging().apply(new ByteArrayInputStream(layer), target);
    assertThat(Trees.describe(target)).isEmpty();
  }

  @Test
  void emptyMountStubsAreDroppedButRealContentIsKept() throws IOException {
    Path upper = tmp.resolve("upper");
    Files.createDirectories(upper.resolve("proc"));
    Files.createDirectories(upper.resolve("sys"));
    Files.createDirectories(upper.resolve("dev"));
    Files.writeString(upper.resolve("dev/made-by-run"), "x");
    Files.createDirectories(upper.resolve("etc"));
    Files.writeString(upper.resolve("etc/hosts"), "");
    Files.writeString(upper.resolve("etc/resolv.conf"), "nameserver 10.0.0.1\n");
    LayerWriter writer =
        LayerWriter.builder().dropMountStubs(LayerWriter.RUNTIME_MOUNT_STUBS).build();
    List<String> names = entries(upper, writer).stream().map(TarEntry::name).toList();
    assertThat(names).containsExactly("dev/", "dev/made-by-run", "etc/", "etc/resolv.conf");
  }

  @Test
  void tarReaderReadsWhatGnuTarWrites() throws Exception {
    Path tarTool = Path.of("/usr/bin/tar");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tarTool), "GNU tar missing");
    Path src = sampleTree(tmp.resolve("src"));
    for (String format : List.of("gnu", "posix", "ustar")) {
      Path out = tmp.resolve(format + ".tar");
      List<String> cmd = new ArrayList<>(List.of(tarTool.toString(), "--format=" + format));
      cmd.addAll(List.of("-C", src.toString(), "-cf", out.toString(), "."));
      if (format.equals("ustar")) {
        cmd.set(cmd.size() - 1, "bin"); // ustar cannot hold the long names
      }
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(log).isZero();
      Path dst = tmp.resolve("from-" + format);
      try (InputStream in = Files.newInputStream(out)) {
        LayerApplier.merging().apply(in, dst);
      }
      if (format.equals("ustar")) {
        assertThat(Trees.describe(dst.resolve("bin")))
            .isEqualTo(Trees.describe(src.resolve("bin")));
      } else {
        assertThat(Trees.describe(dst)).isEqualTo(Trees.describe(src));
      }
    }
  }

  @Test
  void gnuTarReadsWhatWeWrite() throws Exception {
    Path tarTool = Path.of("/usr/bin/tar");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tarTool), "GNU tar missing");
    Path src = sampleTree(tmp.resolve("src"));
    Path archive = tmp.resolve("ours.tar");
    try (var out = Files.newOutputStream(archive)) {
      LayerWriter.create().writeTar(src, out);
    }
    Path dst = Files.createDirectories(tmp.resolve("dst"));
    Process p =
        new ProcessBuilder(tarTool.toString(), "-C", dst.toString(), "-xpf", archive.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isZero();
    assertThat(Trees.describe(dst)).isEqualTo(Trees.describe(src));
  }

  @Test
  void paxHeadersCarryLongNamesBigIdsAndBinaryXattrs() throws IOException {
    byte[] cap = new byte[20];
    for (int i = 0; i < cap.length; i++) {
      cap[i] = (byte) (0x80 + i * 5); // not UTF-8: must survive byte for byte
    }
    String name = "a/" + "n".repeat(300) + "/é";
    TarEntry e =
        new TarEntry(
            name,
            TarEntry.Type.FILE,
            0755,
            5_000_000_000L,
            70_000,
            3,
            1_700_000_000L,
            "",
            0,
            0,
            Map.of("security.capability", cap, "user.note", "hi".getBytes()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TarWriter w = new TarWriter(out);
    w.write(e, new ByteArrayInputStream("abc".getBytes()));
    w.write(TarEntry.symlink("s", "t/".repeat(80), 0, 0, 0), null);
    w.finish();
    TarReader r = new TarReader(new ByteArrayInputStream(out.toByteArray()));
    TarEntry back = r.next();
    assertThat(back.name()).isEqualTo(name);
    assertThat(back.uid()).isEqualTo(5_000_000_000L);
    assertThat(back.gid()).isEqualTo(70_000);
    assertThat(back.mtime()).isEqualTo(1_700_000_000L);
    assertThat(back.xattrs().get("security.capability")).isEqualTo(cap);
    assertThat(new String(r.content().readAllBytes())).isEqualTo("abc");
    assertThat(r.next().linkName()).isEqualTo("t/".repeat(80));
    assertThat(r.next()).isNull();
  }

  static List<TarEntry> entries(Path dir, LayerWriter writer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTar(dir, out);
    List<TarEntry> list = new ArrayList<>();
    TarReader r = new TarReader(new ByteArrayInputStream(out.toByteArray()));
    for (TarEntry e; (e = r.next()) != null; ) {
      list.add(e);
    }
    return list;
  }

  /** A tar of the given entries; files hold their size in 'x' bytes. */
  static byte[] tar(TarEntry... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TarWriter w = new TarWriter(out);
    for (TarEntry e : entries) {
      w.write(e, new ByteArrayInputStream("x".repeat((int) e.size()).getBytes()));
    }
    w.finish();
    return out.toByteArray();
  }

  static void setUserXattr(Path p, String name, String value) throws IOException {
    Files.getFileAttributeView(p, UserDefinedFileAttributeView.class)
        .write(name, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
  }
}
