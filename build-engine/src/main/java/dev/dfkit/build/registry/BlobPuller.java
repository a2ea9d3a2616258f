package dev.dfkit.build.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /v2/<name>/blobs/<digest>} into a {@link BlobSink}. When the sink already holds the
 * start of the blob (an earlier attempt broke off), asks for the rest with {@code Range}; a {@code
 * 200} answer to that restarts the sink. A body that ends early is a plain {@link IOException}, so
 * the caller retries and this resumes; content that does not match the digest is final.
 */
final class BlobPuller implements RegistryEndpoint<Void> {

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

  private final String registry;
  private final String repository;
  private final BlobSink sink;

  BlobPuller(String registry, String repository, BlobSink sink) {
    this.registry = registry;
    this.repository = repository;
    this.sink = sink;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public URI uri(URI apiBase) {
    return apiBase.resolve(repository + "/blobs/" + sink.expected());
  }

  @Override
  public Map<String, String> headers() {
    long from = sink.position();
    return from > 0 ? Map.of("Range", "bytes=" + from + "-") : Map.of();
  }

  @Override
  public boolean followsRedirects() {
    return true;
  }

  @Override
  public boolean accepts(int status) {
    return status == 200 || status == 206;
  }

  @Override
  public Void handle(HttpResponse<InputStream> response) throws IOException {
    if (response.statusCode() == 206) {
      long start = rangeStart(response);
      if (start != sink.position()) {
        sink.reset();
        throw new IOException(
            "the registry resumed at byte " + start + " instead of " + sink.position());
      }
    } else if (sink.position() > 0) {
      sink.reset(); // the server sent the whole blob again
    }
    try {
      byte[] buf = new byte[1 << 16];
      InputStream in = response.body();
      for (int n; (n = in.read(buf)) > 0; ) {
        sink.write(buf, 0, n);
      }
      if (sink.position() < sink.size()) {
        throw new IOException(
            "the connection ended after "
                + sink.position()
                + " of "
                + sink.size()
                + " bytes of "
                + sink.expected());
      }
    } finally {
      sink.close();
    }
    var actual = sink.actual();
    if (!actual.equals(sink.expected())) {
      throw RegistryException.content(
          "DIGEST_INVALID",
          "digest mismatch: blob "
              + sink.expected()
              + " from "
              + registry
              + "/"
              + repository
              + " has content "
              + actual
              + "; it was not stored");
    }
    return null;
  }

  private static long rangeStart(HttpResponse<?> response) throws IOException {
    String header = response.headers().firstValue("Content-Range").orElse("");
    Matcher m = CONTENT_RANGE.matcher(header.trim());
    if (!m.matches()) {
      throw new IOException("a 206 answer without a usable Content-Range: " + header);
    }
    return Long.parseLong(m.group(1));
  }

  @Override
  public String repository() {
    return repository;
  }

  @Override
  public String subject() {
    return "blob " + sink.expected();
  }

  @Override
  public String notFoundCode() {
    return "BLOB_UNKNOWN";
  }
}
