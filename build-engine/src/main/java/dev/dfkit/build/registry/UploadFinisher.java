package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT <upload location>?digest=<digest>}: closes an upload session, with the whole blob as
 * body (a monolithic upload) or none (after chunks). The registry checks the digest.
 */
final class UploadFinisher implements RegistryEndpoint<Void> {

  private final String repository;
  private final URI location;
  private final Digest digest;
  private final Optional<Path> content;

  UploadFinisher(String repository, URI location, Digest digest, Optional<Path> content) {
    this.repository = repository;
    this.location = location;
    this.digest = digest;
    this.content = content;
  }

  @Override
  public String method() {
    return "PUT";
  }

  @Override
  public URI uri(URI apiBase) {
    String s = location.toString();
    return URI.create(s + (location.getRawQuery() == null ? "?" : "&") + "digest=" + digest);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Content-Type", "application/octet-stream");
  }

  @Override
  public HttpRequest.BodyPublisher body() {
    if (content.isEmpty()) {
      return HttpRequest.BodyPublishers.noBody();
    }
    try {
      return HttpRequest.BodyPublishers.ofFile(content.get());
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean retriesTransportFailures() {
    return false; // the session may be closed already; the push starts over
  }

  @Override
  public Void handle(HttpResponse<InputStream> response) {
    return null;
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return "upload of blob " + digest + " to " + repository;
  }

  @Override
  public String notFoundCode() {
    return "BLOB_UPLOAD_UNKNOWN";
  }
}
