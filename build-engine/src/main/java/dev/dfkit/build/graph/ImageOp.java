package dev.dfkit.build.graph;

import dev.dfkit.build.layer.Layer;
import java.util.List;

/**
 * A base image's filesystem: its layers, bottom first, as resolved from the local store or a
 * registry. The manifest digest pins it, so it is also the cache identity.
 *
 * @param reference the canonical reference it was resolved from, with its digest
 * @param manifest the manifest digest
 * @param layers the layers, bottom first
 */
public record ImageOp(String reference, String manifest, List<Layer> layers) implements Op {
  public ImageOp {
    layers = List.copyOf(layers);
  }

  @Override
  public boolean addsLayer() {
    return false;
  }
}
