package dev.dfkit.build.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.layer.Layer;
import java.util.List;

/**
 * What a vertex produced: its root filesystem as a layer chain, bottom first, each with the time it
 * was created (history entries of a cached step keep their original time, so a rebuild from cache
 * gives the same image).
 */
public record CachedResult(@JsonProperty("layers") List<CachedLayer> layers) {
  public CachedResult {
    layers = List.copyOf(layers);
  }

  /** One layer of the chain. */
  public record CachedLayer(
      @JsonProperty("blob") Descriptor blob,
      @JsonProperty("diffId") String diffId,
      @JsonProperty("size") long uncompressedSize,
      @JsonProperty("created") String created) {

    public static CachedLayer of(Layer layer, String created) {
      return new CachedLayer(
          layer.blob(), layer.diffId().toString(), layer.uncompressedSize(), created);
    }

    public Layer layer() {
      return new Layer(blob, Digest.parse(diffId), uncompressedSize);
    }
  }

  public List<Layer> chain() {
    return layers.stream().map(CachedLayer::layer).toList();
  }
}
