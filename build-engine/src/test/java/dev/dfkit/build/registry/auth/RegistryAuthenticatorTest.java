package dev.dfkit.build.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryAuthenticatorTest {

  private HttpServer tokens;
  private final AtomicInteger issued = new AtomicInteger();
  private String realm;
  private MutableClock clock;

  @BeforeEach
  void setUp() throws IOException {
    tokens = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    tokens.createContext(
        "/token",
        ex -> {
          byte[] body =
              ("{\"token\":\"t" + issued.incrementAndGet() + "\",\"expires_in\":100}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    tokens.start();
    realm = "http://127.0.0.1:" + tokens.getAddress().getPort() + "/token";
    clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    tokens.stop(0);
  }

  private RegistryAuthenticator authenticator() {
    return new RegistryAuthenticator(
        "reg.example",
        CredentialSource.NONE,
        HttpClient.newHttpClient(),
        "test",
        Duration.ofSeconds(5),
        clock);
  }

  private List<String> challenge() {
    return List.of("Bearer realm=\"" + realm + "\",service=\"svc\"");
  }

  @Test
  void nothingIsSentBeforeTheFirstChallenge() throws IOException {
    assertThat(authenticator().authorization(List.of(Scope.pull("a")))).isEmpty();
    assertThat(issued).hasValue(0);
  }

  @Test
  void tokensAreCachedPerScopeUntilShortlyBeforeTheyExpire() throws IOException {
    RegistryAuthenticator auth = authenticator();
    assertThat(auth.challenged(challenge(), List.of(Scope.pull("a")), Optional.empty()))
        .contains("Bearer t1");

    assertThat(auth.authorization(List.of(Scope.pull("a")))).contains("Bearer t1");
    assertThat(auth.authorization(List.of(Scope.pull("b")))).contains("Bearer t2");
    assertThat(auth.authorization(List.of(Scope.pull("a")))).contains("Bearer t1");

    clock.now = clock.now.plusSeconds(89); // lifetime 100s less 10%
    assertThat(auth.authorization(List.of(Scope.pull("a")))).contains("Bearer t1");
    clock.now = clock.now.plusSeconds(2);
    assertThat(auth.authorization(List.of(Scope.pull("a")))).contains("Bearer t3");
  }

  @Test
  void aRejectedTokenIsReplaced() throws IOException {
    RegistryAuthenticator auth = authenticator();
    auth.challenged(challenge(), List.of(Scope.pull("a")), Optional.empty());

    assertThat(auth.challenged(challenge(), List.of(Scope.pull("a")), Optional.of("Bearer t1")))
        .contains("Bearer t2");
    assertThat(auth.authorization(List.of(Scope.pull("a")))).contains("Bearer t2");
  }

  @Test
  void anUnknownSchemeIsNotAnswered() throws IOException {
    assertThat(
            authenticator()
                .challenged(List.of("Negotiate abc"), List.of(Scope.pull("a")), Optional.empty()))
        .isEmpty();
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
