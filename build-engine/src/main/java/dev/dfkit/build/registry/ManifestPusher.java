package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * {@code PUT /v2/<name>/manifests/<tag|digest>} with the manifest's media type as {@code
 * Content-Type}; returns the digest of the bytes sent, checked against {@code
 * Docker-Content-Digest}.
 */
final class ManifestPusher implements RegistryEndpoint<Digest> {

  private final String registry;
  private final String repository;
  private final String reference;
  private final String mediaType;
  private final byte[] bytes;

  ManifestPusher(
      String registry, String repository, String reference, String mediaType, byte[] bytes) {
    this.registry = registry;
    this.repository = repository;
    this.reference = reference;
    this.mediaType = mediaType;
    this.bytes = bytes.clone();
  }

  @Override
  public String method() {
    return "PUT";
  }

  @Override
  public URI uri(URI apiBase) {
    return apiBase.resolve(repository + "/manifests/" + reference);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Content-Type", mediaType);
  }

  @Override
  public HttpRequest.BodyPublisher body() {
    return HttpRequest.BodyPublishers.ofByteArray(bytes);
  }

  @Override
  public Digest handle(HttpResponse<InputStream> response) throws IOException {
    Digest sent = Digest.of(bytes);
    String answered = response.headers().firstValue("Docker-Content-Digest").orElse(null);
    if (answered != null && answered.startsWith("sha256:") && !answered.equals(sent.toString())) {
      throw RegistryException.content(
          "DIGEST_INVALID",
          registry
              + " stored manifest "
              + subject()
              + " as "
              + answered
              + " but dfbuild sent "
              + sent);
    }
    return sent;
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return repository + (ManifestPuller.isDigest(reference) ? "@" : ":") + reference;
  }

  @Override
  public String notFoundCode() {
    return "NAME_UNKNOWN";
  }
}
