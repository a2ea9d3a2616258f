package dev.dfkit.build.registry.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A user name and secret for one registry. A secret whose user is {@code <token>} is an identity
 * token (what {@code docker login} stores for some registries, and what credential helpers return
 * for them): it is exchanged for a bearer token with an OAuth2 refresh-token request, never sent as
 * a password.
 */
public record Credential(String username, String secret) {

  /** The user name Docker and its credential helpers use to mark an identity token. */
  public static final String IDENTITY_TOKEN_USER = "<token>";

  public Credential {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(secret, "secret");
  }

  public static Credential basic(String username, String password) {
    return new Credential(username, password);
  }

  public static Credential identityToken(String token) {
    return new Credential(IDENTITY_TOKEN_USER, token);
  }

  public boolean isIdentityToken() {
    return IDENTITY_TOKEN_USER.equals(username);
  }

  /** The {@code Authorization} header value for Basic authentication. */
  public String basicAuthorization() {
    String pair = username + ":" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return isIdentityToken() ? "Credential[identity token]" : "Credential[" + username + ", ***]";
  }
}
