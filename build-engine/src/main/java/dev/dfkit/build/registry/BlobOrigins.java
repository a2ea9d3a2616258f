package dev.dfkit.build.registry;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.parser.image.ImageReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Which repositories of one registry are known to hold a blob, so a push can mount it from there
 * instead of uploading it. Learnt from pulls and pushes through the client, and from the content
 * store's tags (an image tagged {@code host/repo:tag} came from {@code repo}), so a push in a later
 * process still mounts the base image's layers. Thread-safe.
 */
final class BlobOrigins {

  private final String registry;
  private final Map<Digest, Set<String>> repositories = new ConcurrentHashMap<>();

  BlobOrigins(String registry) {
    this.registry = registry;
  }

  void record(Digest blob, String repository) {
    repositories.computeIfAbsent(blob, d -> new CopyOnWriteArraySet<>()).add(repository);
  }

  /** A repository other than {@code target} known to hold the blob. */
  Optional<String> mountSource(Digest blob, String target) {
    Set<String> known = repositories.get(blob);
    if (known == null) {
      return Optional.empty();
    }
    return known.stream().filter(r -> !r.equals(target)).findFirst();
  }

  boolean isIn(Digest blob, String repository) {
    Set<String> known = repositories.get(blob);
    return known != null && known.contains(repository);
  }

  /** Learns from the store's tags that name images of this registry. */
  void learnFromTags(ContentStore store) throws IOException {
    for (Map.Entry<String, Descriptor> tag : store.tags().entrySet()) {
      Optional<ImageReference> ref = ImageReference.parse(tag.getKey());
      if (ref.isEmpty() || !RegistryHost.of(ref.get().domain(), Set.of()).name().equals(registry)) {
        continue;
      }
      for (Descriptor manifest : manifests(store, tag.getValue())) {
        try {
          Manifest m = ImageJson.read(store.read(manifest.digestValue()), Manifest.class);
          if (m.config() != null) {
            record(m.config().digestValue(), ref.get().repository());
          }
          for (Descriptor layer : m.layers()) {
            record(layer.digestValue(), ref.get().repository());
          }
        } catch (IOException | RuntimeException e) {
          // an incomplete or foreign entry: nothing to learn from it
        }
      }
    }
  }

  private static List<Descriptor> manifests(ContentStore store, Descriptor top) {
    List<Descriptor> out = new ArrayList<>();
    try {
      if (!store.has(top.digestValue())) {
        return out;
      }
      if (dev.dfkit.build.content.MediaTypes.isIndex(top.mediaType())) {
        var index =
            ImageJson.read(store.read(top.digestValue()), dev.dfkit.build.image.ImageIndex.class);
        for (Descriptor d : index.manifests()) {
          if (store.has(d.digestValue())) {
            out.add(d);
          }
        }
      } else {
        out.add(top);
      }
    } catch (IOException | RuntimeException e) {
      // unreadable: skip
    }
    return out;
  }
}
