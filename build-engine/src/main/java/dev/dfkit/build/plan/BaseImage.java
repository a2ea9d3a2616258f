package dev.dfkit.build.plan;

import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.layer.Layer;
import java.util.List;

/**
 * A base image found for a {@code FROM} or {@code COPY --from}: what the planner needs of it.
 *
 * @param reference the canonical reference with its digest ({@code
 *     docker.io/library/alpine:latest@sha256:...})
 * @param manifest the manifest digest
 * @param config the image configuration
 * @param layers the layers, bottom first
 */
public record BaseImage(String reference, String manifest, ImageConfig config, List<Layer> layers) {
  public BaseImage {
    layers = List.copyOf(layers);
  }
}
