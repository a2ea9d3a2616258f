package dev.dfkit.build.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

  @Test
  void dockerHubsBearerChallenge() {
    List<AuthChallenge> c =
        AuthChallenge.parse(
            "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                + "scope=\"repository:library/alpine:pull\"");

    assertThat(c).hasSize(1);
    assertThat(c.get(0).isBearer()).isTrue();
    assertThat(c.get(0).params())
        .containsExactly(
            Map.entry("realm", "https://auth.docker.io/token"),
            Map.entry("service", "registry.docker.io"),
            Map.entry("scope", "repository:library/alpine:pull"));
    assertThat(c.get(0).scopes())
        .containsExactly(new Scope("repository", "library/alpine", Set.of("pull")));
  }

  @Test
  void basicChallengeAndSchemeCase() {
    List<AuthChallenge> c = AuthChallenge.parse("basic Realm=\"Registry Realm\"");

    assertThat(c.get(0).isBasic()).isTrue();
    assertThat(c.get(0).param("realm")).contains("Registry Realm");
  }

  @Test
  void severalChallengesInOneHeaderEscapesAndUnquotedValues() {
    List<AuthChallenge> c =
        AuthChallenge.parse(
            "Basic realm=\"a \\\"quoted\\\" realm\", Bearer realm=https://auth.example/token,"
                + " service=reg , error=\"insufficient_scope\"");

    assertThat(c).hasSize(2);
    assertThat(c.get(0).param("realm")).contains("a \"quoted\" realm");
    assertThat(c.get(1).isBearer()).isTrue();
    assertThat(c.get(1).param("realm")).contains("https://auth.example/token");
    assertThat(c.get(1).param("service")).contains("reg");
    assertThat(c.get(1).param("error")).contains("insufficient_scope");
  }

  @Test
  void severalScopesAndScopeNamesWithPorts() {
    AuthChallenge c =
        AuthChallenge.parse(
                "Bearer realm=\"r\",scope=\"repository:a/b:pull,push repository:c:pull\"")
            .get(0);

    assertThat(c.scopes()).containsExactly(Scope.pullPush("a/b"), Scope.pull("c"));
    assertThat(Scope.parse("repository:host:5000/x:pull")).contains(Scope.pull("host:5000/x"));
  }

  @Test
  void scopesOnOneRepositoryAreMerged() {
    assertThat(Scope.merge(List.of(Scope.pull("b"), Scope.pull("a"), Scope.pullPush("a"))))
        .containsExactly(Scope.pullPush("a"), Scope.pull("b"));
    assertThat(Scope.pullPush("a").toString()).isEqualTo("repository:a:pull,push");
  }

  @Test
  void garbageNeverThrows() {
    for (String s :
        List.of(
            "",
            " ",
            ",,,",
            "Bearer",
            "Bearer realm",
            "Bearer realm=\"unclosed",
            "=",
            "Bearer ,=,x=")) {
      AuthChallenge.parse(s);
    }
    assertThat(AuthChallenge.parse("")).isEmpty();
    assertThat(AuthChallenge.parse("Bearer").get(0).params()).isEmpty();
  }
}
