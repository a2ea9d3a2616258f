package dev.dfkit.build.plan;

import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;

/** Finds base images: in the local store, else (or with {@code --pull}) in a registry. */
@FunctionalInterface
public interface ImageResolver {

  /**
   * @param reference a normalised reference ({@code docker.io/library/alpine:latest})
   * @param platform the platform wanted, for image indexes
   * @throws IOException when the image cannot be found or fetched; the message says why
   */
  BaseImage resolve(String reference, Platform platform) throws IOException;
}
