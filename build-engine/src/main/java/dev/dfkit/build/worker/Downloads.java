package dev.dfkit.build.worker;

import dev.dfkit.build.content.Digest;
import dev.dfkit.build.copy.UrlSource;
import dev.dfkit.build.graph.CopySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ADD's URL downloads, once per URL per build, as BuildKit's HTTP source keeps them: the file alone
 * in its own directory, named after the URL's path, mode 0600, modification time from {@code
 * Last-Modified}; with {@code --checksum} the content must match or the step fails.
 */
final class Downloads {
  private final Path scratch;
  private final Map<String, Downloaded> done = new ConcurrentHashMap<>();
  // Made on first download: an HTTP client starts a selector thread, which also delays the JVM's
  // exit by a third of a second, and most builds download nothing.
  private HttpClient http;

  /** A downloaded file: {@code directory/name}, with the digest of its content. */
  record Downloaded(Path directory, String name, Digest digest) {}

  Downloads(Path scratch) {
    this.scratch = scratch;
  }

  Downloaded fetch(CopySource.Url url) throws IOException {
    Downloaded d = done.get(url.url());
    if (d == null) {
      d = download(url);
      done.put(url.url(), d);
    }
    return d;
  }

  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(30))
              .build();
    }
    return http;
  }

  private Downloaded download(CopySource.Url url) throws IOException {
    String name = UrlSource.destinationName(url.url());
    Path dir = Files.createTempDirectory(scratch, "download-");
    Path file = dir.resolve(name);
    HttpResponse<InputStream> response;
    try {
      response =
          http()
              .send(
                  HttpRequest.newBuilder(URI.create(url.url()))
                      .timeout(Duration.ofMinutes(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url.url(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid URL " + url.url() + ": " + e.getMessage(), e);
    }
    if (response.statusCode() / 100 != 2) {
      response.body().close();
      throw new IOException(
          "invalid response status " + response.statusCode() + " downloading " + url.url());
    }
    MessageDigest sha = sha256();
    try (InputStream in = response.body();
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    }
    Digest digest = new Digest("sha256", HexFormat.of().formatHex(sha.digest()));
    if (url.checksum() != null && !url.checksum().equals(digest.toString())) {
      throw new IOException(
          "digest mismatch for " + url.url() + ": expected " + url.checksum() + ", got " + digest);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    response
        .headers()
        .firstValue("Last-Modified")
        .ifPresent(
            lm -> {
              try {
                ZonedDateTime t = ZonedDateTime.parse(lm, DateTimeFormatter.RFC_1123_DATE_TIME);
                Files.setLastModifiedTime(file, FileTime.from(t.toInstant()));
              } catch (RuntimeException | IOException e) {
                // an unreadable Last-Modified leaves the download time, as BuildKit does
              }
            });
    return new Downloaded(dir, name, digest);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
