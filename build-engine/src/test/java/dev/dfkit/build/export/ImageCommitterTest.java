package dev.dfkit.build.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dfkit.build.cache.CachedResult.CachedLayer;
import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.ContainerConfig;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCommitterTest {

  @TempDir Path dir;

  private static ImageConfig.History entry(String created, String by, boolean empty) {
    return new ImageConfig.History(created, by, null, null, empty ? true : null);
  }

  private static CachedLayer layer(String name, String created) {
    return new CachedLayer(
        Descriptor.of(MediaTypes.DOCKER_LAYER_GZIP, Digest.of("blob " + name), 10),
        Digest.of(name).toString(),
        20,
        created);
  }

  private static ImageConfig planned(List<ImageConfig.History> history) {
    return new ImageConfig(
        null,
        null,
        "amd64",
        "linux",
        null,
        ContainerConfig.EMPTY,
        new ImageConfig.RootFs("layers", List.of()),
        history);
  }

  @Test
  void historyTimesComeFromTheLayersAsBuildKitFillsThem() {
    List<ImageConfig.History> filled =
        ImageCommitter.fillHistory(
            List.of(
                entry("2020-01-01T00:00:00Z", "base layer", false),
                entry(null, "ENV A=1", true),
                entry(null, "RUN make", false),
                entry(null, "CMD x", true)),
            List.of(layer("base", null), layer("run", "2024-05-05T00:00:00Z")),
            Optional.empty());
    // The metadata entry before the first new layer takes that layer's time, not the base's.
    assertThat(filled)
        .extracting(ImageConfig.History::created)
        .containsExactly(
            "2020-01-01T00:00:00Z",
            "2024-05-05T00:00:00Z",
            "2024-05-05T00:00:00Z",
            "2024-05-05T00:00:00Z");
  }

  @Test
  void missingHistoryEntriesAreAddedAndExtraOnesMadeEmpty() {
    List<ImageConfig.History> added =
        ImageCommitter.fillHistory(
            List.of(), List.of(layer("a", "2024-01-01T00:00:00Z")), Optional.empty());
    assertThat(added)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.comment()).isEqualTo("buildkit.exporter.image.v0");
              assertThat(h.created()).isEqualTo("2024-01-01T00:00:00Z");
            });
    List<ImageConfig.History> emptied =
        ImageCommitter.fillHistory(
            List.of(entry("2024-01-01T00:00:00Z", "a", false), entry(null, "b", false)),
            List.of(layer("a", "2024-01-01T00:00:00Z")),
            Optional.empty());
    assertThat(emptied.get(1).emptyLayer()).isTrue();
  }

  @Test
  void theSameInputsGiveTheSameImage() throws Exception {
    ContentStore store = ContentStore.open(dir);
    ImageConfig config = planned(List.of(entry(null, "RUN x", false)));
    List<CachedLayer> chain = List.of(layer("x", "2024-01-01T00:00:00Z"));
    ImageCommitter.Committed one = ImageCommitter.commit(store, config, chain, Optional.empty());
    ImageCommitter.Committed two = ImageCommitter.commit(store, config, chain, Optional.empty());
    assertThat(one.digest()).isEqualTo(two.digest());
    assertThat(one.config().created()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(one.config().rootfs().diffIds()).containsExactly(Digest.of("x").toString());
    // Docker media types of pulled layers become OCI ones in the OCI manifest.
    assertThat(one.manifest().layers().get(0).mediaType()).isEqualTo(MediaTypes.OCI_LAYER_GZIP);
    ImageCommitter.Committed epoch =
        ImageCommitter.commit(
            store, config, chain, Optional.of(Instant.parse("2000-01-01T00:00:00Z")));
    assertThat(epoch.config().created()).isEqualTo("2000-01-01T00:00:00Z");
  }
}
