package dev.dfkit.build.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigCredentialsTest {

  /** A credential helper that knows two servers, fails for one and knows nothing else. */
  private static final String HELPER =
      """
      #!/bin/sh
      [ "$1" = get ] || { echo "unsupported: $1"; exit 2; }
      read -r server
      echo "$server" >> "$(dirname "$0")/asked"
      case "$server" in
        127.0.0.1:5000) printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-pass"}\\n' "$server" ;;
        https://index.docker.io/v1/) printf '{"ServerURL":"%s","Username":"<token>","Secret":"id-token"}\\n' "$server" ;;
        broken.example) echo "keychain is locked"; exit 3 ;;
        *) echo "credentials not found in native keychain"; exit 1 ;;
      esac
      """;

  @TempDir Path dir;
  private Path home;
  private Path bin;
  private Map<String, String> env;

  @BeforeEach
  void setUp() throws IOException {
    home = Files.createDirectories(dir.resolve("home"));
    bin = Files.createDirectories(dir.resolve("bin"));
    Path helper = bin.resolve("docker-credential-test");
    Files.writeString(helper, HELPER);
    Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
    env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", bin + ":" + System.getenv("PATH"));
  }

  private void config(String json) throws IOException {
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(home.resolve(".docker/config.json"), json);
  }

  private static String auth(String userPass) {
    return Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void authsHoldBase64UserAndPassword() throws IOException {
    config("{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + auth("alice:pa:ss") + "\"}}}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("127.0.0.1:5000")).contains(Credential.basic("alice", "pa:ss"));
    assertThat(creds.find("127.0.0.1:5001")).isEmpty();
    assertThat(creds.configFile()).isEqualTo(home.resolve(".docker/config.json"));
  }

  @Test
  void authsKeysWrittenAsUrlsMatchTheirHost() throws IOException {
    config(
        "{\"auths\":{\"https://Registry.Example:443/v1/\":{\"auth\":\"" + auth("bob:pw") + "\"}}}");

    assertThat(DockerConfigCredentials.fromEnvironment(env).find("registry.example:443"))
        .contains(Credential.basic("bob", "pw"));
  }

  @Test
  void dockerHubIsKeyedByItsIndexUrl() throws IOException {
    config(
        "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + auth("hubuser:pw") + "\"}}}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("docker.io")).contains(Credential.basic("hubuser", "pw"));
    assertThat(creds.find("index.docker.io")).contains(Credential.basic("hubuser", "pw"));
    assertThat(DockerConfigCredentials.serverKey("docker.io"))
        .isEqualTo("https://index.docker.io/v1/");
    assertThat(DockerConfigCredentials.serverKey("ghcr.io")).isEqualTo("ghcr.io");
  }

  @Test
  void identityTokensAndPlainUsernamePassword() throws IOException {
    config(
        "{\"auths\":{\"a.example\":{\"identitytoken\":\"idt\"},"
            + "\"b.example\":{\"username\":\"u\",\"password\":\"p\"}}}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("a.example")).contains(Credential.identityToken("idt"));
    assertThat(creds.find("a.example").orElseThrow().isIdentityToken()).isTrue();
    assertThat(creds.find("b.example")).contains(Credential.basic("u", "p"));
  }

  @Test
  void dockerConfigDirectoryComesFromTheEnvironment() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(
        elsewhere.resolve("config.json"),
        "{\"auths\":{\"c.example\":{\"auth\":\"" + auth("carol:pw") + "\"}}}");
    env.put("DOCKER_CONFIG", elsewhere.toString());

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.configFile()).isEqualTo(elsewhere.resolve("config.json"));
    assertThat(creds.find("c.example")).contains(Credential.basic("carol", "pw"));
  }

  @Test
  void noConfigFileMeansNoCredentials() throws IOException {
    assertThat(DockerConfigCredentials.fromEnvironment(env).find("docker.io")).isEmpty();
  }

  @Test
  void aBrokenConfigFileIsNamed() throws IOException {
    config("{not json");

    assertThatThrownBy(() -> DockerConfigCredentials.fromEnvironment(env).find("x.example"))
        .hasMessageStartingWith(
            "cannot read the Docker config " + home.resolve(".docker/config.json"));
  }

  @Test
  void credHelpersRunTheHelperWithTheServerOnStdin() throws IOException {
    config("{\"credHelpers\":{\"127.0.0.1:5000\":\"test\"}}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("127.0.0.1:5000"))
        .contains(Credential.basic("helper-user", "helper-pass"));
    assertThat(creds.find("127.0.0.1:5000")).isPresent(); // cached: asked once
    assertThat(Files.readAllLines(bin.resolve("asked"))).containsExactly("127.0.0.1:5000");
    assertThat(creds.describe("127.0.0.1:5000"))
        .contains("stored by docker-credential-test")
        .contains("docker login 127.0.0.1:5000");
  }

  @Test
  void credsStoreAsksTheHelperWithDockerHubsKeyAndReadsIdentityTokens() throws IOException {
    config("{\"credsStore\":\"test\"}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("docker.io")).contains(Credential.identityToken("id-token"));
    assertThat(Files.readAllLines(bin.resolve("asked")))
        .containsExactly("https://index.docker.io/v1/");
  }

  @Test
  void whenTheHelperKnowsNothingAuthsAreUsed() throws IOException {
    config(
        "{\"credsStore\":\"test\",\"auths\":{\"d.example\":{\"auth\":\""
            + auth("dave:pw")
            + "\"},\"e.example\":{}}}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.find("d.example")).contains(Credential.basic("dave", "pw"));
    assertThat(creds.find("e.example")).isEmpty();
  }

  @Test
  void aHelperThatIsNotInstalledIsPassedOver() throws IOException {
    config(
        "{\"credsStore\":\"desktop\",\"auths\":{\"f.example\":{\"auth\":\""
            + auth("fay:pw")
            + "\"}}}");

    assertThat(DockerConfigCredentials.fromEnvironment(env).find("f.example"))
        .contains(Credential.basic("fay", "pw"));
  }

  @Test
  void aHelperThatFailsIsAnError() throws IOException {
    config("{\"credHelpers\":{\"broken.example\":\"test\"}}");

    assertThatThrownBy(() -> DockerConfigCredentials.fromEnvironment(env).find("broken.example"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "docker-credential-test get failed for broken.example (exit 3): keychain is locked");
  }

  @Test
  void theHelperIsFoundOnThePathOfTheGivenEnvironmentOnly() {
    assertThat(new CredentialHelper("test", env).executable())
        .contains(bin.resolve("docker-credential-test"));
    assertThat(new CredentialHelper("test", Map.of("PATH", "/nonexistent")).executable()).isEmpty();
  }

  @Test
  void describeNamesTheConfigFileAndTheLoginCommand() throws IOException {
    config("{}");

    var creds = DockerConfigCredentials.fromEnvironment(env);

    assertThat(creds.describe("docker.io"))
        .isEqualTo(
            "check the credentials for https://index.docker.io/v1/ in "
                + home.resolve(".docker/config.json")
                + ", or run `docker login`");
  }

  @Test
  void credentialsNeverShowTheirSecret() {
    assertThat(Credential.basic("u", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(Credential.identityToken("tok").toString()).doesNotContain("tok]");
  }
}
