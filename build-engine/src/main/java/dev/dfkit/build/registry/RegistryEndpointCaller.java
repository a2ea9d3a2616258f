package dev.dfkit.build.registry;

import dev.dfkit.build.registry.auth.AuthenticationException;
import dev.dfkit.build.registry.auth.RegistryAuthenticator;
import dev.dfkit.build.registry.auth.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Sends {@link RegistryEndpoint}s to one registry. For every call it:
 *
 * <ul>
 *   <li>adds the {@code Authorization} header once the registry has challenged, and answers a
 *       {@code 401} challenge by getting a token (or using Basic) and sending the request again;
 *   <li>retries {@code 408}, {@code 429} and {@code 5xx} answers (not {@code 501}) and dropped
 *       connections with exponential backoff, waiting as long as {@code Retry-After} says (up to a
 *       limit), at most {@link RegistryOptions#maxAttempts} times;
 *   <li>follows redirects for endpoints that want it, never sending the registry's credentials to
 *       another host;
 *   <li>turns everything else into a {@link RegistryException} whose message uses the registry's
 *       error body.
 * </ul>
 */
final class RegistryEndpointCaller {

  private static final int MAX_REDIRECTS = 10;
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final RegistryHost host;
  private final HttpClient http;
  private final RegistryAuthenticator auth;
  private final RegistryOptions options;

  RegistryEndpointCaller(
      RegistryHost host, HttpClient http, RegistryAuthenticator auth, RegistryOptions options) {
    this.host = host;
    this.http = http;
    this.auth = auth;
    this.options = options;
  }

  RegistryHost host() {
    return host;
  }

  <T> T call(RegistryEndpoint<T> endpoint, List<Scope> scopes) throws IOException {
    int failures = 0;
    int challenges = 0;
    Optional<String> nextAuthorization = null;
    while (true) {
      Optional<String> authorization =
          nextAuthorization != null ? nextAuthorization : authorization(scopes);
      nextAuthorization = null;
      HttpResponse<InputStream> response;
      try {
        response = send(endpoint, authorization);
      } catch (RegistryException e) {
        throw e;
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        failures++;
        if (!endpoint.retriesTransportFailures() || failures >= options.maxAttempts()) {
          throw unreachable(endpoint, e, failures);
        }
        pause(backoff(failures));
        continue;
      }
      int status = response.statusCode();
      if (endpoint.accepts(status)) {
        try {
          return endpoint.handle(response);
        } catch (RegistryException | InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          failures++;
          if (!endpoint.retriesTransportFailures() || failures >= options.maxAttempts()) {
            throw new RegistryException(
                "transfer of "
                    + endpoint.subject()
                    + " from "
                    + host.name()
                    + " failed"
                    + attempts(failures)
                    + ": "
                    + message(e),
                e);
          }
          pause(backoff(failures));
          continue;
        } finally {
          closeQuietly(response.body());
        }
      }
      byte[] errorBody = readLimited(response.body());
      if (status == 401 && challenges < 2 && sameOrigin(response.request().uri(), host.apiBase())) {
        challenges++;
        Optional<String> retry;
        try {
          retry =
              auth.challenged(
                  response.headers().allValues("WWW-Authenticate"), scopes, authorization);
        } catch (AuthenticationException e) {
          throw unauthorized(e.getMessage(), e.status() == 0 ? 401 : e.status(), List.of());
        } catch (RegistryException | InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          throw new RegistryException(message(e), e);
        }
        if (retry.isPresent()) {
          nextAuthorization = retry;
          continue;
        }
      }
      if (isRetryable(status)) {
        failures++;
        if (failures < options.maxAttempts()) {
          pause(retryDelay(response, failures));
          continue;
        }
      }
      throw error(endpoint, response, errorBody, failures);
    }
  }

  private Optional<String> authorization(List<Scope> scopes) throws IOException {
    try {
      return auth.authorization(scopes);
    } catch (AuthenticationException e) {
      throw unauthorized(e.getMessage(), e.status() == 0 ? 401 : e.status(), List.of());
    } catch (RegistryException | InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw new RegistryException(message(e), e);
    }
  }

  private HttpResponse<InputStream> send(
      RegistryEndpoint<?> endpoint, Optional<String> authorization) throws IOException {
    URI uri = endpoint.uri(host.apiBase());
    String method = endpoint.method();
    HttpRequest.BodyPublisher body;
    try {
      body = endpoint.body();
    } catch (java.io.UncheckedIOException e) {
      throw new RegistryException(
          "cannot read the content for " + endpoint.subject() + ": " + message(e.getCause()));
    }
    // Credentials are for the registry: an upload location on another host does not get them.
    HttpResponse<InputStream> response =
        exchange(
            request(
                method,
                uri,
                endpoint.headers(),
                body,
                sameOrigin(uri, host.apiBase()) ? authorization : Optional.empty()));
    int hops = 0;
    while (endpoint.followsRedirects() && isRedirect(response.statusCode())) {
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        break;
      }
      response.body().close();
      if (++hops > MAX_REDIRECTS) {
        throw new RegistryException(
            "too many redirects for " + endpoint.subject() + " from " + host.name());
      }
      URI next = uri.resolve(location.get());
      // Credentials are for the registry; storage behind a redirect gets a signed URL instead.
      Optional<String> auth = sameOrigin(next, host.apiBase()) ? authorization : Optional.empty();
      if (response.statusCode() == 303 && !method.equals("HEAD")) {
        method = "GET";
      }
      uri = next;
      response =
          exchange(
              request(method, uri, endpoint.headers(), HttpRequest.BodyPublishers.noBody(), auth));
    }
    return response;
  }

  private HttpRequest request(
      String method,
      URI uri,
      Map<String, String> headers,
      HttpRequest.BodyPublisher body,
      Optional<String> authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .method(method, body)
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent());
    headers.forEach(b::header);
    authorization.ifPresent(a -> b.header("Authorization", a));
    return b.build();
  }

  private HttpResponse<InputStream> exchange(HttpRequest request) throws IOException {
    try {
      return http.send(request, StreamingBody.handler(options.readTimeout()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while talking to " + host.name());
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
        && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && port(a) == port(b);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "http".equalsIgnoreCase(u.getScheme()) ? 80 : 443;
  }

  private static boolean isRetryable(int status) {
    return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
  }

  private Duration backoff(int failures) {
    long millis = options.initialBackoff().toMillis();
    for (int i = 1; i < failures && millis < options.maxBackoff().toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, options.maxBackoff().toMillis()));
  }

  /** {@code Retry-After} (seconds or an HTTP date), else the backoff. */
  private Duration retryDelay(HttpResponse<?> response, int failures) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    if (header.isPresent()) {
      Duration wait = null;
      String value = header.get().trim();
      try {
        wait = Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
      } catch (NumberFormatException e) {
        try {
          ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
          wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
          if (wait.isNegative()) {
            wait = Duration.ZERO;
          }
        } catch (DateTimeParseException ignored) {
          // not a date either: use the backoff
        }
      }
      if (wait != null) {
        return wait.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : wait;
      }
    }
    return backoff(failures);
  }

  private void pause(Duration d) throws IOException {
    try {
      options.sleeper().sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + host.name());
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the connection is dropped either way
    }
  }

  private static byte[] readLimited(InputStream in) {
    try (in) {
      return in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  // ---- messages -------------------------------------------------------------------------------

  private RegistryException unreachable(RegistryEndpoint<?> endpoint, IOException e, int failures) {
    StringBuilder m = new StringBuilder();
    m.append("cannot reach ").append(host.name());
    if (!host.name().equals(host.apiBase().getAuthority())) {
      m.append(" (").append(host.apiBase().getAuthority()).append(')');
    }
    m.append(" for ").append(endpoint.subject()).append(attempts(failures)).append(": ");
    if (e instanceof ConnectException) {
      m.append("connection refused");
    } else if (e instanceof HttpConnectTimeoutException) {
      m.append("connection timed out");
    } else if (e instanceof HttpTimeoutException) {
      m.append("no answer in ").append(options.requestTimeout().toSeconds()).append('s');
    } else {
      m.append(message(e));
    }
    if (e instanceof SSLException && !host.plainHttp()) {
      m.append(" (if ")
          .append(host.name())
          .append(" serves plain HTTP, name it as an insecure registry)");
    }
    return new RegistryException(m.toString(), e);
  }

  private RegistryException unauthorized(String detail, int status, List<RegistryError> errors) {
    String hint = auth.credentials().describe(host.name());
    return new RegistryException(
        (status == 403 ? "denied: " : "unauthorized: ") + detail + " (" + hint + ")",
        status,
        errors);
  }

  private RegistryException error(
      RegistryEndpoint<?> endpoint, HttpResponse<?> response, byte[] body, int failures) {
    int status = response.statusCode();
    List<RegistryError> errors = RegistryError.parse(body);
    RegistryError first = errors.isEmpty() ? null : errors.get(0);
    String registryMessage = first == null || first.message().isBlank() ? null : first.message();
    switch (status) {
      case 401:
        return unauthorized(
            Objects.requireNonNullElse(registryMessage, "authentication required"), 401, errors);
      case 403:
        return unauthorized(
            Objects.requireNonNullElse(
                registryMessage,
                "access to " + endpoint.repository() + " on " + host.name() + " is denied"),
            403,
            errors);
      case 404:
        {
          String code = first == null ? endpoint.notFoundCode() : first.code();
          String what =
              code.equals("NAME_UNKNOWN")
                  ? "repository " + endpoint.repository()
                  : code.equals("MANIFEST_UNKNOWN") || !code.startsWith("BLOB")
                      ? endpoint.subject()
                      : endpoint.subject() + " of " + endpoint.repository();
          return new RegistryException(
              RegistryError.phrase(code) + ": " + what + " not found in " + host.name(),
              status,
              errors);
        }
      case 429:
        return new RegistryException(
            "toomanyrequests: "
                + Objects.requireNonNullElse(registryMessage, "too many requests")
                + " ("
                + host.name()
                + " is limiting the request rate; gave up on "
                + endpoint.subject()
                + attempts(failures)
                + ")",
            status,
            errors);
      default:
        break;
    }
    String code = first == null ? null : first.code();
    StringBuilder m = new StringBuilder();
    if (code != null) {
      m.append(RegistryError.phrase(code)).append(": ");
      m.append(Objects.requireNonNullElse(registryMessage, "error"));
      if (first.detail() != null && !first.detail().isBlank()) {
        m.append(" (").append(first.detail()).append(')');
      }
      m.append(" (");
    } else {
      m.append(host.name()).append(" answered HTTP ").append(status).append(" to ");
    }
    m.append(endpoint.method()).append(' ').append(endpoint.subject());
    if (code != null) {
      m.append(" on ").append(host.name()).append(", HTTP ").append(status);
    } else {
      String text = new String(body, StandardCharsets.UTF_8).strip();
      if (!text.isEmpty()) {
        m.append(": ").append(text.length() > 300 ? text.substring(0, 300) + "..." : text);
      }
    }
    if (isRetryable(status)) {
      m.append(attempts(failures));
    }
    if (code != null) {
      m.append(')');
    }
    return new RegistryException(m.toString(), status, errors);
  }

  private static String attempts(int failures) {
    return failures > 1 ? " after " + failures + " attempts" : "";
  }

  private static String message(IOException e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }
}
