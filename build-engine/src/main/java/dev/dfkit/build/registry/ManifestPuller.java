package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * {@code GET /v2/<name>/manifests/<tag|digest>} accepting OCI and Docker manifests and indexes. The
 * bytes are checked against the digest asked for, or against {@code Docker-Content-Digest} when a
 * tag was asked for.
 */
final class ManifestPuller implements RegistryEndpoint<PulledManifest> {

  /** What containerd accepts for a manifest, too. */
  static final int MAX_SIZE = 4 << 20;

  static final String ACCEPT =
      String.join(
          ", ",
          MediaTypes.OCI_INDEX,
          MediaTypes.DOCKER_MANIFEST_LIST,
          MediaTypes.OCI_MANIFEST,
          MediaTypes.DOCKER_MANIFEST);

  private final String registry;
  private final String repository;
  private final String reference;

  /**
   * @param reference a tag or a digest ({@code sha256:...})
   */
  ManifestPuller(String registry, String repository, String reference) {
    this.registry = registry;
    this.repository = repository;
    this.reference = reference;
  }

  static boolean isDigest(String reference) {
    return reference.contains(":");
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public URI uri(URI apiBase) {
    return apiBase.resolve(repository + "/manifests/" + reference);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Accept", ACCEPT);
  }

  @Override
  public PulledManifest handle(HttpResponse<InputStream> response) throws IOException {
    byte[] bytes = response.body().readNBytes(MAX_SIZE + 1);
    if (bytes.length > MAX_SIZE) {
      throw RegistryException.content(
          "SIZE_INVALID", "manifest " + subject() + " in " + registry + " is larger than 4 MiB");
    }
    if (isDigest(reference) && !reference.startsWith("sha256:")) {
      throw RegistryException.content(
          "DIGEST_INVALID", "cannot verify " + subject() + ": dfbuild checks sha256 digests only");
    }
    Digest actual = Digest.of(bytes);
    String expected =
        isDigest(reference)
            ? reference
            : response.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (expected != null && expected.startsWith("sha256:") && !expected.equals(actual.toString())) {
      throw RegistryException.content(
          "DIGEST_INVALID",
          "digest mismatch: manifest "
              + subject()
              + " from "
              + registry
              + " should be "
              + expected
              + " but its content is "
              + actual);
    }
    String mediaType =
        PulledManifest.mediaTypeOf(
            bytes,
            response.headers().firstValue("Content-Type"),
            "manifest " + subject() + " in " + registry);
    return new PulledManifest(Descriptor.of(mediaType, actual, bytes.length), bytes);
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return repository + (isDigest(reference) ? "@" : ":") + reference;
  }

  @Override
  public String notFoundCode() {
    return "MANIFEST_UNKNOWN";
  }
}
