package dev.dfkit.build.registry;

import dev.dfkit.build.registry.auth.CredentialSource;
import dev.dfkit.build.registry.auth.DockerConfigCredentials;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How dfbuild talks to registries.
 *
 * @param insecureHosts registries reached over plain HTTP ({@code --insecure-registry HOST}), as
 *     {@code host} or {@code host:port}; loopback registries ({@code localhost}, {@code 127.*},
 *     {@code ::1}) always are
 * @param credentials where credentials come from (by default Docker's {@code config.json})
 * @param userAgent the {@code User-Agent} header
 * @param maxAttempts how many times a request is tried before its failure is reported (429, 5xx,
 *     408, dropped connections)
 * @param initialBackoff the wait before the first retry; it doubles each time
 * @param maxBackoff the longest wait between retries
 * @param maxRetryAfter the longest {@code Retry-After} honoured (longer ones are shortened to this)
 * @param monolithicLimit blobs up to this size are uploaded with one PUT; larger ones in chunks
 * @param chunkSize the size of an upload chunk (raised to the registry's {@code
 *     OCI-Chunk-Min-Length})
 * @param connectTimeout the TCP/TLS connect timeout
 * @param requestTimeout how long to wait for a response's headers
 * @param readTimeout how long a response body may stall before the connection is given up (a blob
 *     download then resumes where it stopped)
 * @param sleeper waits between retries (tests replace it to record the waits)
 */
public record RegistryOptions(
    Set<String> insecureHosts,
    CredentialSource credentials,
    String userAgent,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    long monolithicLimit,
    long chunkSize,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration readTimeout,
    Sleeper sleeper) {

  /** Waits between retries. */
  @FunctionalInterface
  public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
  }

  public RegistryOptions {
    insecureHosts =
        insecureHosts.stream()
            .map(RegistryOptions::normalizeHost)
            .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (chunkSize < 1 || monolithicLimit < 0) {
      throw new IllegalArgumentException(
          "chunkSize must be positive, monolithicLimit not negative");
    }
    Objects.requireNonNull(initialBackoff);
    Objects.requireNonNull(maxBackoff);
    Objects.requireNonNull(maxRetryAfter);
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(requestTimeout);
    Objects.requireNonNull(readTimeout);
    Objects.requireNonNull(sleeper);
  }

  /**
   * Docker's defaults: credentials from {@code $DOCKER_CONFIG/config.json} or {@code
   * ~/.docker/config.json} (read on first use), 5 attempts from 0.5 s doubling to 10 s, {@code
   * Retry-After} up to 60 s, one PUT up to 32 MiB and 16 MiB chunks above, 30 s to connect, 10
   * minutes for an answer, 60 s of silence in a body.
   */
  public static RegistryOptions defaults() {
    return new RegistryOptions(
        Set.of(),
        DockerConfigCredentials.fromEnvironment(),
        "dfkit-dfbuild/0.1",
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        32L << 20,
        16L << 20,
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        Duration.ofSeconds(60),
        Sleeper.REAL);
  }

  public RegistryOptions withInsecureHosts(Set<String> hosts) {
    return new RegistryOptions(
        hosts,
        credentials,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        sleeper);
  }

  public RegistryOptions withCredentials(CredentialSource source) {
    return new RegistryOptions(
        insecureHosts,
        source,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        sleeper);
  }

  public RegistryOptions withRetries(int attempts, Duration initial, Duration max) {
    return new RegistryOptions(
        insecureHosts,
        credentials,
        userAgent,
        attempts,
        initial,
        max,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        sleeper);
  }

  public RegistryOptions withMaxRetryAfter(Duration max) {
    return new RegistryOptions(
        insecureHosts,
        credentials,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        max,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        sleeper);
  }

  public RegistryOptions withChunking(long monolithicLimit, long chunkSize) {
    return new RegistryOptions(
        insecureHosts,
        credentials,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        sleeper);
  }

  /** Connect, response-header and body-stall timeouts. */
  public RegistryOptions withTimeouts(Duration connect, Duration request, Duration read) {
    return new RegistryOptions(
        insecureHosts,
        credentials,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connect,
        request,
        read,
        sleeper);
  }

  public RegistryOptions withSleeper(Sleeper s) {
    return new RegistryOptions(
        insecureHosts,
        credentials,
        userAgent,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        monolithicLimit,
        chunkSize,
        connectTimeout,
        requestTimeout,
        readTimeout,
        s);
  }

  /** {@code HTTP://Host:5000/} to {@code host:5000}. */
  static String normalizeHost(String host) {
    String s = host.trim();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
