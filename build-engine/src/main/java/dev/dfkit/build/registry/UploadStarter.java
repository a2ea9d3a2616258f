package dev.dfkit.build.registry;

import dev.dfkit.build.content.Digest;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /v2/<name>/blobs/uploads/}, optionally with {@code ?mount=<digest>&from=<repo>}: a
 * {@code 201} means the registry mounted the blob from the other repository, a {@code 202} that an
 * upload session was opened at {@code Location} (also the answer when it cannot mount).
 */
final class UploadStarter implements RegistryEndpoint<UploadStarter.Started> {

  /**
   * The outcome.
   *
   * @param mounted whether the blob was mounted (nothing to upload)
   * @param location the upload session's URL when not mounted
   * @param minChunk the registry's {@code OCI-Chunk-Min-Length}, 0 when not given
   */
  record Started(boolean mounted, URI location, long minChunk) {}

  private final String registry;
  private final String repository;
  private final Optional<Digest> mount;
  private final Optional<String> from;

  UploadStarter(String registry, String repository) {
    this(registry, repository, Optional.empty(), Optional.empty());
  }

  UploadStarter(String registry, String repository, Optional<Digest> mount, Optional<String> from) {
    this.registry = registry;
    this.repository = repository;
    this.mount = mount;
    this.from = from;
  }

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public URI uri(URI apiBase) {
    String query = "";
    if (mount.isPresent() && from.isPresent()) {
      query =
          "?mount="
              + mount.get()
              + "&from="
              + URLEncoder.encode(from.get(), StandardCharsets.UTF_8);
    }
    return apiBase.resolve(repository + "/blobs/uploads/" + query);
  }

  @Override
  public boolean accepts(int status) {
    return status == 201 || status == 202;
  }

  @Override
  public Started handle(HttpResponse<InputStream> response) throws RegistryException {
    if (response.statusCode() == 201 && mount.isPresent()) {
      return new Started(true, null, 0);
    }
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    RegistryException.content(
                        "BLOB_UPLOAD_INVALID",
                        registry + " opened an upload for " + repository + " without a Location"));
    long minChunk =
        response.headers().firstValue("OCI-Chunk-Min-Length").map(Long::parseLong).orElse(0L);
    return new Started(false, response.uri().resolve(location), minChunk);
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return mount.map(d -> "mount of blob " + d + " from " + from.orElse("?")).orElse("upload")
        + " to "
        + repository;
  }
}
