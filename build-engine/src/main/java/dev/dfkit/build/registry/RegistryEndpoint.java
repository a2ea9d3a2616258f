package dev.dfkit.build.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * One registry API call: what to send and what the answer means. Implementations are small,
 * package-private classes; {@link RegistryEndpointCaller} does authentication, retries, redirects
 * and error messages for all of them.
 *
 * @param <T> what the call returns
 */
interface RegistryEndpoint<T> {

  String method();

  /** The request URL, usually relative to the API base ({@code https://host/v2/}). */
  URI uri(URI apiBase);

  /** Extra request headers ({@code Accept}, {@code Content-Type}, {@code Range}, ...). */
  default Map<String, String> headers() {
    return Map.of();
  }

  /** The request body; called once per attempt, so it must be replayable. */
  default HttpRequest.BodyPublisher body() {
    return HttpRequest.BodyPublishers.noBody();
  }

  /** Whether redirects are followed (blob reads: registries redirect to their storage). */
  default boolean followsRedirects() {
    return false;
  }

  /**
   * Whether the call may be sent again after the connection failed. False for calls whose effect on
   * the registry is unknown when the answer is lost (a chunk appended to an upload).
   */
  default boolean retriesTransportFailures() {
    return true;
  }

  /** Statuses {@link #handle} takes; everything else is an error (or retried). */
  default boolean accepts(int status) {
    return status / 100 == 2;
  }

  /**
   * Reads an accepted response. A plain {@link IOException} (the body broke off) lets the caller
   * retry; a {@link RegistryException} is final.
   */
  T handle(HttpResponse<InputStream> response) throws IOException;

  /** The repository the call is about. */
  String repository();

  /** What the call is about, for messages: {@code library/alpine:3.20}, {@code blob sha256:...}. */
  String subject();

  /** What a 404 without an error body means here. */
  default String notFoundCode() {
    return "NAME_UNKNOWN";
  }
}
