package dev.dfkit.build.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authentication with one registry, as Docker's client does it. Nothing is sent until the registry
 * challenges a request ({@code 401} with {@code WWW-Authenticate}); from then on every request gets
 * an {@code Authorization} header up front:
 *
 * <ul>
 *   <li>{@code Bearer realm=..,service=..,scope=..}: a token from the realm for the request's
 *       scopes (plus the challenge's), anonymous when there are no credentials (Docker Hub gives
 *       anonymous pull tokens), with Basic credentials otherwise, or by an OAuth2 refresh-token
 *       request for an identity token. Tokens are cached per realm, service, scopes and user until
 *       shortly before they expire ({@code expires_in}, 60 seconds when not given).
 *   <li>{@code Basic realm=..}: the credentials as Basic authentication.
 * </ul>
 *
 * Thread-safe: the registry client shares one per registry host.
 */
public final class RegistryAuthenticator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT_ID = "dfkit";
  private static final int DEFAULT_EXPIRES_IN = 60;

  private final String registry;
  private final CredentialSource credentials;
  private final HttpClient http;
  private final String userAgent;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private volatile AuthChallenge challenge;

  /**
   * @param registry the registry as named in references ({@code docker.io}, {@code host:port}),
   *     used to look up credentials
   */
  public RegistryAuthenticator(
      String registry,
      CredentialSource credentials,
      HttpClient http,
      String userAgent,
      Duration timeout,
      Clock clock) {
    this.registry = registry;
    this.credentials = credentials;
    this.http = http;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.clock = clock;
  }

  public String registry() {
    return registry;
  }

  public CredentialSource credentials() {
    return credentials;
  }

  /**
   * The {@code Authorization} header for a request that needs {@code scopes}, once the registry has
   * said how it authenticates; empty before that (the first request goes out anonymous).
   */
  public Optional<String> authorization(List<Scope> scopes) throws IOException {
    AuthChallenge c = challenge;
    return c == null ? Optional.empty() : authorize(c, Scope.merge(scopes), false);
  }

  /**
   * Handles a {@code 401}: learns the challenge and returns the header to retry with. Empty when
   * retrying cannot help: no challenge dfkit understands, Basic without credentials, or the same
   * credentials that were just refused.
   *
   * @param wwwAuthenticate the response's {@code WWW-Authenticate} values
   * @param scopes what the request needs
   * @param rejected the header the refused request carried, if any
   * @throws AuthenticationException when the token service refuses the credentials
   */
  public Optional<String> challenged(
      List<String> wwwAuthenticate, List<Scope> scopes, Optional<String> rejected)
      throws IOException {
    AuthChallenge picked = null;
    for (AuthChallenge c : AuthChallenge.parseAll(wwwAuthenticate)) {
      if (c.isBearer() && c.param("realm").isPresent()) {
        picked = c;
        break;
      }
      if (c.isBasic() && picked == null) {
        picked = c;
      }
    }
    if (picked == null) {
      return Optional.empty();
    }
    challenge = picked;
    rejected.ifPresent(r -> tokens.values().removeIf(t -> t.header().equals(r)));
    List<Scope> wanted = new ArrayList<>(scopes);
    wanted.addAll(picked.scopes());
    Optional<String> header = authorize(picked, Scope.merge(wanted), true);
    if (header.isPresent() && rejected.isPresent() && header.get().equals(rejected.get())) {
      return Optional.empty();
    }
    return header;
  }

  private Optional<String> authorize(AuthChallenge c, List<Scope> scopes, boolean fresh)
      throws IOException {
    Optional<Credential> credential = credentials.find(registry);
    if (c.isBasic()) {
      return credential.filter(cr -> !cr.isIdentityToken()).map(Credential::basicAuthorization);
    }
    String realm = c.param("realm").orElseThrow();
    String service = c.param("service").orElse("");
    StringJoiner scopeKey = new StringJoiner(" ");
    scopes.forEach(s -> scopeKey.add(s.toString()));
    String key =
        realm + "\n" + service + "\n" + scopeKey + "\n" + credential.map(Credential::username);
    Token cached = tokens.get(key);
    if (!fresh && cached != null && cached.expiresAt().isAfter(clock.instant())) {
      return Optional.of(cached.header());
    }
    Token token = fetchToken(realm, service, scopes, credential);
    tokens.put(key, token);
    return Optional.of(token.header());
  }

  private Token fetchToken(
      String realm, String service, List<Scope> scopes, Optional<Credential> credential)
      throws IOException {
    URI realmUri;
    try {
      realmUri = URI.create(realm);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException(
          registry + " sent a token realm that is not a URL: " + realm, e);
    }
    String scheme =
        realmUri.getScheme() == null ? "" : realmUri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new AuthenticationException(
          registry + " sent a token realm that is not an http(s) URL: " + realm, 0);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(timeout);
    request.header("User-Agent", userAgent);
    if (credential.isPresent() && credential.get().isIdentityToken()) {
      StringJoiner form = new StringJoiner("&");
      form.add("grant_type=refresh_token");
      form.add("client_id=" + encode(CLIENT_ID));
      if (!service.isEmpty()) {
        form.add("service=" + encode(service));
      }
      StringJoiner scopeText = new StringJoiner(" ");
      scopes.forEach(s -> scopeText.add(s.toString()));
      if (!scopes.isEmpty()) {
        form.add("scope=" + encode(scopeText.toString()));
      }
      form.add("refresh_token=" + encode(credential.get().secret()));
      request
          .uri(realmUri)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
    } else {
      StringJoiner query = new StringJoiner("&");
      if (!service.isEmpty()) {
        query.add("service=" + encode(service));
      }
      for (Scope s : scopes) {
        query.add("scope=" + encode(s.toString()));
      }
      credential.ifPresent(cr -> query.add("account=" + encode(cr.username())));
      String q = query.toString();
      String sep = realm.contains("?") ? "&" : "?";
      request.uri(URI.create(q.isEmpty() ? realm : realm + sep + q)).GET();
      credential.ifPresent(cr -> request.header("Authorization", cr.basicAuthorization()));
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while getting a token from " + realm);
    } catch (IOException e) {
      throw new IOException(
          "cannot get a token for " + registry + " from " + realm + ": " + describe(e), e);
    }
    int status = response.statusCode();
    String body = new String(response.body(), StandardCharsets.UTF_8);
    if (status == 401 || status == 403) {
      String who =
          credential
              .map(cr -> cr.isIdentityToken() ? "identity token" : "user " + cr.username())
              .orElse("anonymous access");
      throw new AuthenticationException(
          "the token service "
              + realmUri.getHost()
              + " refused "
              + who
              + " for "
              + registry
              + errorDetail(body),
          status);
    }
    if (status / 100 != 2) {
      throw new IOException(
          "cannot get a token for "
              + registry
              + ": "
              + realm
              + " answered HTTP "
              + status
              + errorDetail(body));
    }
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      throw new IOException("the token service " + realm + " answered with something not JSON", e);
    }
    String token = json.path("token").asText("");
    if (token.isEmpty()) {
      token = json.path("access_token").asText("");
    }
    if (token.isEmpty()) {
      throw new IOException("the token service " + realm + " answered without a token");
    }
    long expiresIn = json.path("expires_in").asLong(0);
    if (expiresIn <= 0) {
      expiresIn = DEFAULT_EXPIRES_IN;
    }
    long lifetime = Math.max(1, expiresIn - Math.max(1, expiresIn / 10));
    return new Token("Bearer " + token, clock.instant().plusSeconds(lifetime));
  }

  private static String errorDetail(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      if (json != null) {
        JsonNode errors = json.path("errors");
        if (errors.isArray() && errors.size() > 0) {
          return ": " + errors.get(0).path("message").asText(errors.get(0).toString());
        }
        for (String field : List.of("details", "error_description", "error", "message")) {
          if (json.path(field).isTextual()) {
            return ": " + json.path(field).asText();
          }
        }
      }
    } catch (IOException e) {
      // not JSON
    }
    String trimmed = body.strip();
    return trimmed.isEmpty()
        ? ""
        : ": " + (trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private record Token(String header, Instant expiresAt) {}
}
