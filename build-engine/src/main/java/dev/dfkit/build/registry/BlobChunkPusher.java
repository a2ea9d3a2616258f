package dev.dfkit.build.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PATCH <upload location>} with one chunk of a blob, {@code Content-Range: <first>-<last>};
 * returns the session's next location. Not retried after a dropped connection (the registry may
 * have taken the chunk); the push starts the upload again instead.
 */
final class BlobChunkPusher implements RegistryEndpoint<URI> {

  private static final Pattern RANGE = Pattern.compile("(?:bytes=)?(\\d+)-(\\d+)");

  private final String registry;
  private final String repository;
  private final URI location;
  private final Path file;
  private final long offset;
  private final long length;

  BlobChunkPusher(
      String registry, String repository, URI location, Path file, long offset, long length) {
    this.registry = registry;
    this.repository = repository;
    this.location = location;
    this.file = file;
    this.offset = offset;
    this.length = length;
  }

  @Override
  public String method() {
    return "PATCH";
  }

  @Override
  public URI uri(URI apiBase) {
    return location;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of(
        "Content-Type",
        "application/octet-stream",
        "Content-Range",
        offset + "-" + (offset + length - 1));
  }

  @Override
  public HttpRequest.BodyPublisher body() {
    return HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(() -> slice(file, offset, length)), length);
  }

  @Override
  public boolean retriesTransportFailures() {
    return false;
  }

  @Override
  public URI handle(HttpResponse<InputStream> response) throws RegistryException {
    String range = response.headers().firstValue("Range").orElse(null);
    if (range != null) {
      Matcher m = RANGE.matcher(range.trim());
      if (m.matches() && Long.parseLong(m.group(2)) != offset + length - 1) {
        throw RegistryException.content(
            "BLOB_UPLOAD_INVALID",
            registry
                + " holds bytes "
                + range
                + " of the upload to "
                + repository
                + " after a chunk ending at "
                + (offset + length - 1));
      }
    }
    return response
        .headers()
        .firstValue("Location")
        .map(l -> response.uri().resolve(l))
        .orElse(location);
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return "upload chunk " + offset + "-" + (offset + length - 1) + " to " + repository;
  }

  @Override
  public String notFoundCode() {
    return "BLOB_UPLOAD_UNKNOWN";
  }

  /** {@code length} bytes of {@code file} from {@code offset}. */
  static InputStream slice(Path file, long offset, long length) {
    try {
      InputStream in = Files.newInputStream(file);
      in.skipNBytes(offset);
      return new FilterInputStream(in) {
        private long left = length;

        @Override
        public int read() throws IOException {
          if (left <= 0) {
            return -1;
          }
          int b = super.read();
          if (b >= 0) {
            left--;
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int n = super.read(b, off, (int) Math.min(len, left));
          if (n > 0) {
            left -= n;
          }
          return n;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
