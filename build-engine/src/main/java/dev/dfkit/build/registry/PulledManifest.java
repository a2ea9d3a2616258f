package dev.dfkit.build.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A manifest or index as the registry sent it: its descriptor (media type, digest of these exact
 * bytes, size) and the bytes, which must be stored unchanged to keep the digest.
 */
public record PulledManifest(Descriptor descriptor, byte[] bytes) {

  public String mediaType() {
    return descriptor.mediaType();
  }

  public boolean isIndex() {
    return MediaTypes.isIndex(descriptor.mediaType());
  }

  /** The image manifest (OCI or Docker schema 2). */
  public Manifest manifest() {
    if (isIndex()) {
      throw new IllegalStateException(descriptor.digest() + " is an index, not a manifest");
    }
    return parse(Manifest.class);
  }

  /** The image index or manifest list. */
  public ImageIndex index() {
    if (!isIndex()) {
      throw new IllegalStateException(descriptor.digest() + " is a manifest, not an index");
    }
    return parse(ImageIndex.class);
  }

  private <T> T parse(Class<T> type) {
    try {
      return ImageJson.read(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The media type of a manifest document: the {@code Content-Type} the registry sent when it is a
   * manifest type, else the document's {@code mediaType}, else what its fields say.
   *
   * @throws RegistryException for schema 1 manifests and documents that are no manifest
   */
  static String mediaTypeOf(byte[] bytes, Optional<String> contentType, String what)
      throws RegistryException {
    String header =
        contentType.map(c -> c.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
    if (header.startsWith("application/vnd.docker.distribution.manifest.v1")) {
      throw schema1(what);
    }
    if (MediaTypes.isIndex(header) || MediaTypes.isManifest(header)) {
      return header;
    }
    JsonNode json;
    try {
      json = ImageJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw RegistryException.content("MANIFEST_INVALID", what + " is not JSON");
    }
    String declared = json.path("mediaType").asText("");
    if (MediaTypes.isIndex(declared) || MediaTypes.isManifest(declared)) {
      return declared;
    }
    if (json.path("schemaVersion").asInt(0) == 1
        || declared.startsWith("application/vnd.docker.distribution.manifest.v1")) {
      throw schema1(what);
    }
    if (json.path("manifests").isArray()) {
      return MediaTypes.OCI_INDEX;
    }
    if (json.path("config").isObject()) {
      return MediaTypes.OCI_MANIFEST;
    }
    throw RegistryException.content(
        "MANIFEST_INVALID",
        what
            + " is not an image manifest or index (media type "
            + (declared.isEmpty() ? header : declared)
            + ")");
  }

  private static RegistryException schema1(String what) {
    return RegistryException.content(
        "MANIFEST_INVALID",
        what
            + " is a Docker schema 1 manifest, which dfbuild does not read (push the image again"
            + " with a current Docker)");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PulledManifest p
        && p.descriptor.equals(descriptor)
        && Arrays.equals(p.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return descriptor.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PulledManifest[" + descriptor.mediaType() + " " + descriptor.digest() + "]";
  }
}
