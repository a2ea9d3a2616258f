package dev.dfkit.build.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.exec.Substrate;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What only root can make: device files, ownership, file capabilities, overlay whiteouts. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LayerIT {

  @TempDir Path tmp;
  ContentStore store;

  @BeforeEach
  void setUp() throws Exception {
    Substrate.require();
    store = ContentStore.open(tmp.resolve("store"));
  }

  @Test
  void devicesFifosAndOwnersSurviveARoundTrip() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Substrate.sh("mknod", src.resolve("null").toString(), "c", "1", "3");
    Substrate.sh("mknod", src.resolve("loop9").toString(), "b", "7", "9");
    Substrate.sh("mknod", src.resolve("pipe").toString(), "p");
    Files.writeString(src.resolve("owned"), "x");
    Files.setAttribute(src.resolve("owned"), "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(src.resolve("owned"), "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);

    Layer layer = LayerWriter.create().write(src, store);
    Path dst = tmp.resolve("dst");
    LayerApplier.merging().apply(store, layer.blob(), dst);

    Map<String, Object> n =
        Files.readAttributes(dst.resolve("null"), "unix:*", LinkOption.NOFOLLOW_LINKS);
    assertThat(((Integer) n.get("mode")) & 0170000).isEqualTo(0020000);
    assertThat(LayerWriter.major((Long) n.get("rdev"))).isEqualTo(1);
    assertThat(LayerWriter.minor((Long) n.get("rdev"))).isEqualTo(3);
    Map<String, Object> b =
        Files.readAttributes(dst.resolve("loop9"), "unix:*", LinkOption.NOFOLLOW_LINKS);
    assertThat(((Integer) b.get("mode")) & 0170000).isEqualTo(0060000);
    assertThat(LayerWriter.minor((Long) b.get("rdev"))).isEqualTo(9);
    Map<String, Object> p =
        Files.readAttributes(dst.resolve("pipe"), "unix:*", LinkOption.NOFOLLOW_LINKS);
    assertThat(((Integer) p.get("mode")) & 0170000).isEqualTo(0010000);
    assertThat(Files.getAttribute(dst.resolve("owned"), "unix:uid")).isEqualTo(1234);
    assertThat(Files.getAttribute(dst.resolve("owned"), "unix:gid")).isEqualTo(5678);
  }

  @Test
  void fileCapabilitiesAreKept() throws Exception {
    Assumptions.assumeTrue(Xattrs.toolsPresent(), "getfattr/setfattr (Debian attr) missing");
    Path src = Files.createDirectories(tmp.resolve("src"));
    Path ping = Files.writeString(src.resolve("ping"), "binary");
    // cap_net_raw+ep, VFS_CAP_REVISION_2: bytes above 0x7f included
    byte[] cap = java.util.HexFormat.of().parseHex("0100000200200000000000000000000000000000");
    Xattrs.write(ping, "security.capability", cap);

    Layer layer = LayerWriter.create().write(src, store);
    Path dst = tmp.resolve("dst");
    LayerApplier.merging().apply(store, layer.blob(), dst);
    Map<Path, Map<String, byte[]>> read = Xattrs.scan(dst, "^security\\.capability$");
    assertThat(read.get(dst.resolve("ping").toAbsolutePath()).get("security.capability"))
        .isEqualTo(cap);
  }

  @Test
  void overlayFormUnpackWritesWhiteoutDevicesAndOpaqueMarkers() throws Exception {
    byte[] tar =
        LayerRoundTripTest.tar(
            TarEntry.file(".wh.gone", 0, 0, 0, 0, 0),
            TarEntry.directory("o/", 0755, 0, 0, 0),
            TarEntry.file("o/.wh..wh..opq", 0, 0, 0, 0, 0));
    Path dst = tmp.resolve("lower");
    LayerApplier.overlayLower().apply(new java.io.ByteArrayInputStream(tar), dst);
    Map<String, Object> wh =
        Files.readAttributes(dst.resolve("gone"), "unix:*", LinkOption.NOFOLLOW_LINKS);
    assertThat(WhiteoutMarkers.OVERLAYFS.hidden(dst.resolve("gone"), wh)).contains("gone");
    assertThat(Xattrs.readUser(dst.resolve("o"))).containsKey("user.overlay.opaque");

    // and written back, they are the OCI entries again
    assertThat(LayerRoundTripTest.entries(dst, LayerWriter.create()).stream().map(TarEntry::name))
        .containsExactly(".wh.gone", "o/", "o/.wh..wh..opq");
  }

  @Test
  void aRootfsTarMadeByGnuTarImportsLikeDockerImport() throws Exception {
    Path busybox = Substrate.require();
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tar")), "GNU tar missing");
    Path rootfs = Substrate.busyboxRootfs(busybox, tmp.resolve("rootfs"));
    Path tar = tmp.resolve("rootfs.tar");
    Substrate.sh(
        "/usr/bin/tar", "-C", rootfs.toString(), "--numeric-owner", "-cf", tar.toString(), ".");
    ImageImporter.Imported img =
        new ImageImporter(store).importTar(tar, "local/imported:1", null, null);
    Path dst = tmp.resolve("dst");
    LayerApplier.merging().apply(store, img.layer().blob(), dst);
    assertThat(Trees.describe(dst)).isEqualTo(Trees.describe(rootfs));
    assertThat(store.tag("local/imported:1"))
        .contains(
            img.manifest().withAnnotations(Map.of(ContentStore.REF_NAME, "local/imported:1")));
  }
}
