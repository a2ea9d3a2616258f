package dev.dfkit.build.export;

import dev.dfkit.build.cache.CachedResult.CachedLayer;
import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.image.Platform;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a solved stage into an image in the content store: the planned configuration gets the
 * layers' diff ids and the history's creation times (as BuildKit's exporter fills them: a layer's
 * entry gets the time the layer was made, a metadata entry the time of the layer before it), then
 * config and OCI manifest are stored. A rebuild entirely from cache gives the same digest.
 */
public final class ImageCommitter {
  private static final String EXPORTER_COMMENT = "buildkit.exporter.image.v0";

  private ImageCommitter() {}

  /** The stored image: its manifest (with descriptor) and configuration. */
  public record Committed(Descriptor descriptor, Manifest manifest, ImageConfig config) {
    public Digest digest() {
      return descriptor.digestValue();
    }

    public Digest configDigest() {
      return manifest.config().digestValue();
    }
  }

  public static Committed commit(
      ContentStore store, ImageConfig planned, List<CachedLayer> chain, Optional<Instant> epoch)
      throws IOException {
    List<ImageConfig.History> history = fillHistory(planned.history(), chain, epoch);
    String created =
        epoch
            .map(Instant::toString)
            .orElseGet(
                () -> {
                  String last = null;
                  for (ImageConfig.History h : history) {
                    if (h.created() != null) {
                      last = h.created();
                    }
                  }
                  return last;
                });
    List<String> diffIds = chain.stream().map(CachedLayer::diffId).toList();
    ImageConfig config =
        new ImageConfig(
            created,
            planned.author(),
            planned.architecture(),
            planned.os(),
            planned.variant(),
            planned.config(),
            new ImageConfig.RootFs("layers", diffIds),
            history);
    ContentStore.Written configBlob = store.put(ImageJson.write(config));
    List<Descriptor> layers = new ArrayList<>();
    for (CachedLayer l : chain) {
      Descriptor b = l.blob();
      String type =
          MediaTypes.isGzipLayer(b.mediaType()) ? MediaTypes.OCI_LAYER_GZIP : b.mediaType();
      layers.add(new Descriptor(type, b.digest(), b.size(), b.annotations(), null));
    }
    Manifest manifest =
        new Manifest(
            2,
            MediaTypes.OCI_MANIFEST,
            Descriptor.of(MediaTypes.OCI_CONFIG, configBlob.digest(), configBlob.size()),
            layers,
            null);
    ContentStore.Written m = store.put(ImageJson.write(manifest));
    Descriptor descriptor =
        Descriptor.of(MediaTypes.OCI_MANIFEST, m.digest(), m.size())
            .withPlatform(new Platform(planned.architecture(), planned.os(), planned.variant()));
    return new Committed(descriptor, manifest, config);
  }

  /** BuildKit's {@code normalizeLayersAndHistory}, for a chain whose times are known. */
  static List<ImageConfig.History> fillHistory(
      List<ImageConfig.History> planned, List<CachedLayer> chain, Optional<Instant> epoch) {
    List<ImageConfig.History> history = new ArrayList<>(planned == null ? List.of() : planned);
    long withLayer = history.stream().filter(h -> !Boolean.TRUE.equals(h.emptyLayer())).count();
    if (withLayer > chain.size()) {
      // More layer entries than layers: mark the extra ones empty, from the bottom.
      int seen = 0;
      for (int i = 0; i < history.size(); i++) {
        ImageConfig.History h = history.get(i);
        if (!Boolean.TRUE.equals(h.emptyLayer())) {
          if (seen >= chain.size()) {
            history.set(i, withEmpty(h));
          } else {
            seen++;
          }
        }
      }
    } else if (withLayer < chain.size()) {
      for (int i = (int) withLayer; i < chain.size(); i++) {
        history.add(new ImageConfig.History(null, "", null, EXPORTER_COMMENT, null));
      }
    }
    int layerIndex = 0;
    for (int i = 0; i < history.size(); i++) {
      ImageConfig.History h = history.get(i);
      if (!Boolean.TRUE.equals(h.emptyLayer())) {
        if (h.created() == null) {
          String t = chain.get(layerIndex).created();
          if (t == null && epoch.isPresent()) {
            t = epoch.get().toString();
          }
          history.set(i, withCreated(h, t));
        }
        layerIndex++;
      }
    }
    // Metadata entries: the first run of them takes the time of the first layer after it (not a
    // base image layer's); later ones the time of the entry before them.
    String created = null;
    boolean gap = false;
    for (ImageConfig.History h : history) {
      if (h.created() != null) {
        created = h.created();
        if (gap) {
          break;
        }
      } else {
        gap = true;
      }
    }
    if (created == null) {
      created = epoch.orElseGet(Instant::now).toString();
    }
    gap = false;
    for (int i = 0; i < history.size(); i++) {
      ImageConfig.History h = history.get(i);
      if (h.created() != null) {
        if (gap) {
          created = h.created();
        }
      } else {
        gap = true;
        history.set(i, withCreated(h, created));
      }
    }
    return history;
  }

  private static ImageConfig.History withCreated(ImageConfig.History h, String created) {
    return new ImageConfig.History(created, h.createdBy(), h.author(), h.comment(), h.emptyLayer());
  }

  private static ImageConfig.History withEmpty(ImageConfig.History h) {
    return new ImageConfig.History(h.created(), h.createdBy(), h.author(), h.comment(), true);
  }
}
