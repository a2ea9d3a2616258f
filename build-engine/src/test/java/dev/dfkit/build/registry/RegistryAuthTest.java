package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.registry.auth.Credential;
import dev.dfkit.build.registry.auth.CredentialSource;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 401 challenge flows against the scripted registry. */
class RegistryAuthTest {

  @TempDir Path dir;
  private FakeRegistry registry;
  private ContentStore store;
  private TestImages.Image image;

  @BeforeEach
  void setUp() throws IOException {
    registry = new FakeRegistry();
    store = ContentStore.open(dir.resolve("store"));
    image = TestImages.oci("a.txt", "a");
    image.serve(registry, "team/app", "1");
  }

  @AfterEach
  void tearDown() {
    registry.close();
  }

  private RegistryClient client(CredentialSource credentials) {
    return RegistryClient.create(
        registry.host(),
        RegistryOptions.defaults()
            .withCredentials(credentials)
            .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1)));
  }

  private CredentialSource alice(String password) {
    return CredentialSource.of(Map.of(registry.host(), Credential.basic("alice", password)));
  }

  private ImageReference ref(String s) {
    return ImageReference.parse(registry.host() + "/" + s).orElseThrow();
  }

  @Test
  void anonymousBearerTokenThenRequestAgain() throws IOException {
    registry.bearerAuth(true);

    Descriptor pulled =
        client(CredentialSource.NONE).pull(ref("team/app:1"), Platform.LINUX_AMD64, store);

    assertThat(pulled.digest()).isEqualTo(image.manifest().digest());
    var first = registry.requests.get(0);
    assertThat(first.header("Authorization")).isNull();
    assertThat(registry.tokenRequests).hasSize(1);
    var tokenRequest = registry.tokenRequests.get(0);
    assertThat(tokenRequest.header("Authorization")).isNull();
    assertThat(URLDecoder.decode(tokenRequest.query(), StandardCharsets.UTF_8))
        .contains("service=fake-registry")
        .contains("scope=repository:team/app:pull");
    // every later request carries the cached token: one 401 in all
    assertThat(registry.requests.stream().filter(r -> r.header("Authorization") == null))
        .hasSize(1);
    assertThat(registry.requests.subList(1, registry.requests.size()))
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer tok-1"));
  }

  @Test
  void bearerTokenWithCredentials() throws IOException {
    registry.bearerAuth(false).user("alice", "s3cret");

    client(alice("s3cret")).resolve(ref("team/app:1"), Platform.LINUX_AMD64);

    var tokenRequest = registry.tokenRequests.get(0);
    assertThat(tokenRequest.header("Authorization"))
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes()));
    assertThat(tokenRequest.query()).contains("account=alice");
  }

  @Test
  void anonymousAccessRefusedSaysWhereCredentialsComeFrom() {
    registry.bearerAuth(false).user("alice", "s3cret");

    assertThatThrownBy(
            () -> client(CredentialSource.NONE).resolve(ref("team/app:1"), Platform.LINUX_AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "unauthorized: authentication required (no credentials are configured for "
                + registry.host()
                + ")")
        .satisfies(e -> assertThat(((RegistryException) e).status()).isEqualTo(401));
  }

  @Test
  void aWrongPasswordIsReportedFromTheTokenService() {
    registry.bearerAuth(false).user("alice", "s3cret");

    assertThatThrownBy(
            () -> client(alice("wrong")).resolve(ref("team/app:1"), Platform.LINUX_AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "unauthorized: the token service 127.0.0.1 refused user alice for "
                + registry.host()
                + ": incorrect username or password (check the credentials given for "
                + registry.host()
                + ")");
  }

  @Test
  void identityTokensUseTheOAuthRefreshGrant() throws IOException {
    registry.bearerAuth(false).identityToken("refresh-me");

    client(CredentialSource.of(Map.of(registry.host(), Credential.identityToken("refresh-me"))))
        .resolve(ref("team/app:1"), Platform.LINUX_AMD64);

    assertThat(registry.tokenRequests).hasSize(1);
    assertThat(registry.tokenRequests.get(0).method()).isEqualTo("POST");
  }

  @Test
  void basicChallengeThenBasicOnEveryRequest() throws IOException {
    registry.basicAuth("alice", "s3cret");

    client(alice("s3cret")).pull(ref("team/app:1"), Platform.LINUX_AMD64, store);

    assertThat(registry.requests.get(0).header("Authorization")).isNull();
    assertThat(registry.requests.subList(1, registry.requests.size()))
        .allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Basic "));
    assertThat(registry.tokenRequests).isEmpty();
  }

  @Test
  void basicWithoutCredentialsIsUnauthorized() {
    registry.basicAuth("alice", "s3cret");

    assertThatThrownBy(
            () -> client(CredentialSource.NONE).resolve(ref("team/app:1"), Platform.LINUX_AMD64))
        .hasMessageStartingWith("unauthorized: authentication required (");
    assertThat(registry.requests).hasSize(1);
  }

  @Test
  void aWrongBasicPasswordIsNotSentTwice() {
    registry.basicAuth("alice", "s3cret");

    assertThatThrownBy(() -> client(alice("nope")).resolve(ref("team/app:1"), Platform.LINUX_AMD64))
        .hasMessageStartingWith("unauthorized: authentication required (check the credentials");
    assertThat(registry.requests).hasSize(2); // anonymous, then once with the password
  }

  @Test
  void aPullTokenIsTradedForAPushTokenWhenThePushNeedsIt() throws IOException {
    registry.bearerAuth(false).user("alice", "s3cret");
    RegistryClient client = client(alice("s3cret"));
    client.resolve(ref("team/app:1"), Platform.LINUX_AMD64); // pull token cached

    client.putManifest("team/app", "2", image.manifest().mediaType(), image.manifestBytes());

    assertThat(registry.manifest("team/app", "2")).isEqualTo(image.manifestBytes());
    assertThat(registry.tokenRequests).hasSize(2);
    assertThat(URLDecoder.decode(registry.tokenRequests.get(1).query(), StandardCharsets.UTF_8))
        .contains("scope=repository:team/app:pull,push");
  }
}
