package dev.dfkit.build.layer;

import static dev.dfkit.build.layer.LayerRoundTripTest.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.image.Platform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageImporterTest {

  @TempDir Path tmp;

  @Test
  void aRootfsTarBecomesATaggedOneLayerImage() throws IOException {
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    byte[] rootfs =
        tar(
            TarEntry.directory("./", 0755, 0, 0, 0),
            TarEntry.directory("./bin/", 0755, 0, 0, 0),
            TarEntry.file("./bin/busybox", 0755, 0, 0, 4, 0),
            TarEntry.hardlink("./bin/sh", "./bin/busybox", 0, 0, 0));
    ImageImporter.Imported imported =
        new ImageImporter(store)
            .importTar(
                new ByteArrayInputStream(rootfs),
                "local/rootfs:1",
                new Platform("arm64", "linux", "v8"),
                Instant.parse("2024-01-02T03:04:05Z"));

    assertThat(store.tag("local/rootfs:1")).isPresent();
    Manifest manifest =
        ImageJson.read(store.read(imported.manifest().digestValue()), Manifest.class);
    assertThat(manifest.layers()).containsExactly(imported.layer().blob());
    ImageConfig config =
        ImageJson.read(store.read(manifest.config().digestValue()), ImageConfig.class);
    assertThat(config.architecture()).isEqualTo("arm64");
    assertThat(config.variant()).isEqualTo("v8");
    assertThat(config.created()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(config.rootfs().diffIds()).containsExactly(imported.layer().diffId().toString());

    Path out = tmp.resolve("out");
    LayerApplier.merging().apply(store, imported.layer().blob(), out);
    assertThat(Trees.describe(out))
        .containsOnlyKeys("bin", "bin/busybox", "bin/sh")
        .containsEntry(
            "bin/sh", "f 755 " + Digest.of("xxxx").shortHex() + " linked-with bin/busybox");
  }

  @Test
  void theHostPlatformIsTheDefault() throws IOException {
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    ImageImporter.Imported imported =
        new ImageImporter(store)
            .importTar(
                new ByteArrayInputStream(tar(TarEntry.file("a", 0644, 0, 0, 1, 0))),
                null,
                null,
                null);
    assertThat(imported.config().os()).isEqualTo("linux");
    assertThat(imported.config().architecture())
        .isEqualTo(ImageImporter.hostPlatform().architecture());
    assertThat(store.tags()).isEmpty();
  }

  @Test
  void unsafeNamesAreRefusedAndNothingIsLeftBehind() throws IOException {
    ContentStore store = ContentStore.open(tmp.resolve("store"));
    ImageImporter importer = new ImageImporter(store);
    assertThatThrownBy(
            () ->
                importer.importTar(
                    new ByteArrayInputStream(tar(TarEntry.file("/etc/x", 0644, 0, 0, 1, 0))),
                    "x",
                    null,
                    null))
        .isInstanceOf(UnsafeEntryException.class)
        .hasMessageContaining("/etc/x");
    assertThatThrownBy(
            () ->
                importer.importTar(
                    new ByteArrayInputStream(
                        tar(
                            TarEntry.file("a", 0644, 0, 0, 1, 0),
                            TarEntry.hardlink("b", "../../a", 0, 0, 0))),
                    "x",
                    null,
                    null))
        .isInstanceOf(UnsafeEntryException.class)
        .hasMessageContaining("\"b\"");
    assertThat(store.blobs()).isEmpty();
    assertThat(store.tmpDir()).isEmptyDirectory();
  }
}
