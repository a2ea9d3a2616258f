package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * {@code HEAD /v2/<name>/blobs/<digest>}: whether the repository has the blob (404: no; a redirect:
 * yes).
 */
final class BlobChecker implements RegistryEndpoint<Boolean> {

  private final String repository;
  private final Digest digest;

  BlobChecker(String repository, Digest digest) {
    this.repository = repository;
    this.digest = digest;
  }

  @Override
  public String method() {
    return "HEAD";
  }

  @Override
  public URI uri(URI apiBase) {
    return apiBase.resolve(repository + "/blobs/" + digest);
  }

  /**
   * A redirect (to the registry's storage) means the blob is there; it is not followed, because
   * storage URLs are often signed for {@code GET} only and refuse {@code HEAD}.
   */
  @Override
  public boolean accepts(int status) {
    return status / 100 == 2 || status / 100 == 3 || status == 404;
  }

  @Override
  public Boolean handle(HttpResponse<InputStream> response) {
    return response.statusCode() != 404;
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return "blob " + digest;
  }

  @Override
  public String notFoundCode() {
    return "BLOB_UNKNOWN";
  }
}
