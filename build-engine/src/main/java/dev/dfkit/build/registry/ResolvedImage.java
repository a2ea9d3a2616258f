package dev.dfkit.build.registry;

import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.parser.image.ImageReference;
import java.util.Arrays;
import java.util.Optional;

/**
 * An image reference resolved for one platform, without its layers.
 *
 * @param reference the reference asked for
 * @param manifestDescriptor the platform's manifest: media type, digest, size, and the platform
 *     (from the index entry, else from the configuration)
 * @param manifest the manifest
 * @param manifestBytes the manifest exactly as pulled (its digest is {@code manifestDescriptor}'s)
 * @param configBytes the image configuration exactly as pulled
 * @param config the image configuration
 * @param index the index or manifest list the reference named, if it named one
 */
public record ResolvedImage(
    ImageReference reference,
    Descriptor manifestDescriptor,
    Manifest manifest,
    byte[] manifestBytes,
    byte[] configBytes,
    ImageConfig config,
    Optional<PulledManifest> index) {

  @Override
  public boolean equals(Object o) {
    return o instanceof ResolvedImage r
        && r.reference.equals(reference)
        && r.manifestDescriptor.equals(manifestDescriptor)
        && Arrays.equals(r.manifestBytes, manifestBytes)
        && Arrays.equals(r.configBytes, configBytes)
        && r.index.equals(index);
  }

  @Override
  public int hashCode() {
    return manifestDescriptor.hashCode();
  }

  @Override
  public String toString() {
    return "ResolvedImage[" + reference.canonical() + " " + manifestDescriptor.digest() + "]";
  }
}
