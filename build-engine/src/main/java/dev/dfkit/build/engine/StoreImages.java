package dev.dfkit.build.engine;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.plan.BaseImage;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The images tagged in the local content store, read as manifests, configs and layers. */
public final class StoreImages {
  private final ContentStore store;

  public StoreImages(ContentStore store) {
    this.store = store;
  }

  /** One stored image, resolved to a platform. */
  public record StoredImage(
      String name,
      Descriptor descriptor,
      Manifest manifest,
      Digest configDigest,
      ImageConfig config) {

    public long size() {
      long total = manifest.config().size();
      for (Descriptor l : manifest.layers()) {
        total += l.size();
      }
      return total;
    }
  }

  /** The image tagged {@code name} (canonical), for {@code platform}. */
  public Optional<StoredImage> find(String name, Platform platform) throws IOException {
    Optional<Descriptor> tagged = store.tag(name);
    if (tagged.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(read(name, tagged.get(), platform));
  }

  /** Reads a manifest (choosing the platform's entry when it is an index). */
  public StoredImage read(String name, Descriptor descriptor, Platform platform)
      throws IOException {
    Descriptor d = descriptor;
    if (MediaTypes.isIndex(d.mediaType())) {
      ImageIndex index = ImageJson.read(store.read(d.digestValue()), ImageIndex.class);
      d =
          index.manifests().stream()
              .filter(m -> m.platform() != null && m.platform().matches(platform))
              .findFirst()
              .orElseThrow(
                  () -> new IOException(name + " has no image for platform " + platform.format()));
    }
    Manifest manifest = ImageJson.read(store.read(d.digestValue()), Manifest.class);
    Digest configDigest = manifest.config().digestValue();
    ImageConfig config = ImageJson.read(store.read(configDigest), ImageConfig.class);
    return new StoredImage(name, d, manifest, configDigest, config);
  }

  public List<StoredImage> list(Platform platform) throws IOException {
    List<StoredImage> out = new ArrayList<>();
    for (Map.Entry<String, Descriptor> e : store.tags().entrySet()) {
      try {
        out.add(read(e.getKey(), e.getValue(), platform));
      } catch (IOException missing) {
        // an index without this platform, or blobs pruned by hand: listed by name only
        out.add(new StoredImage(e.getKey(), e.getValue(), null, null, null));
      }
    }
    return out;
  }

  /** The image as the planner needs it. */
  public static BaseImage resolved(StoredImage image) throws IOException {
    List<String> diffIds =
        image.config().rootfs() == null || image.config().rootfs().diffIds() == null
            ? List.of()
            : image.config().rootfs().diffIds();
    List<Descriptor> blobs = image.manifest().layers();
    if (diffIds.size() != blobs.size()) {
      throw new IOException(
          image.name()
              + ": the config lists "
              + diffIds.size()
              + " layers but the manifest "
              + blobs.size());
    }
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      layers.add(new Layer(blobs.get(i), Digest.parse(diffIds.get(i)), -1));
    }
    String name = image.name();
    int at = name.indexOf('@');
    String reference = (at < 0 ? name : name.substring(0, at)) + "@" + image.descriptor().digest();
    return new BaseImage(reference, image.descriptor().digest(), image.config(), layers);
  }
}
