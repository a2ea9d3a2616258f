package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.Platform;
import dev.dfkit.build.registry.auth.CredentialSource;
import dev.dfkit.build.registry.auth.DockerConfigCredentials;
import dev.dfkit.parser.image.ImageReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry client against a real {@code docker-registry} (distribution) on 127.0.0.1, open and
 * with htpasswd authentication; {@code skopeo} checks from the outside that what was pushed is an
 * image other tools read. Needs {@code docker-registry}, {@code htpasswd} and {@code skopeo}: fails
 * without them when {@code CI=true}, is skipped otherwise.
 */
class DockerRegistryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "dfkit";
  private static final String PASSWORD = "s3cret-pw";

  @TempDir static Path shared;
  private static LocalDockerRegistry open;
  private static LocalDockerRegistry secured;

  @TempDir Path dir;

  @BeforeAll
  static void startRegistries() throws IOException, InterruptedException {
    LocalDockerRegistry.requireTool("docker-registry");
    LocalDockerRegistry.requireTool("skopeo");
    Path htpasswdTool = LocalDockerRegistry.requireTool("htpasswd");
    open =
        LocalDockerRegistry.start(
            Files.createDirectories(shared.resolve("open")), Optional.empty());
    Path htpasswd = shared.resolve("htpasswd");
    Files.writeString(htpasswd, run(htpasswdTool.toString(), "-Bbn", USER, PASSWORD));
    secured =
        LocalDockerRegistry.start(
            Files.createDirectories(shared.resolve("secured")), Optional.of(htpasswd));
  }

  @AfterAll
  static void stopRegistries() {
    if (open != null) {
      open.close();
    }
    if (secured != null) {
      secured.close();
    }
  }

  private static RegistryOptions options() {
    return RegistryOptions.defaults()
        .withCredentials(CredentialSource.NONE)
        .withRetries(3, Duration.ofMillis(50), Duration.ofMillis(200));
  }

  private static ImageReference ref(LocalDockerRegistry registry, String name) {
    return ImageReference.parse(registry.host() + "/" + name).orElseThrow();
  }

  @Test
  void pushThenPullIntoAFreshStoreKeepsEveryDigest() throws IOException {
    ContentStore source = ContentStore.open(dir.resolve("source"));
    TestImages.Image image =
        TestImages.image(
            false,
            new Platform("amd64", "linux", null),
            TestImages.tarGz(Map.of("etc/hello.txt", "hello from dfkit\n")),
            TestImages.tarGz(Map.of("bin/tool", "#!/bin/sh\necho tool\n")));
    image.store(source);
    RegistryClient client = RegistryClient.create(open.host(), options());

    Descriptor pushed = client.push(ref(open, "dfkit/roundtrip:1"), image.manifest(), source);

    ContentStore fresh = ContentStore.open(dir.resolve("fresh"));
    Descriptor pulled =
        RegistryClient.create(open.host(), options())
            .pull(
                ref(open, "dfkit/roundtrip:1"),
                dev.dfkit.parser.semantic.Platform.LINUX_AMD64,
                fresh);
    assertThat(pushed.digest()).isEqualTo(image.manifest().digest());
    assertThat(pulled.digest()).isEqualTo(image.manifest().digest());
    assertThat(pulled.platform()).isEqualTo(new Platform("amd64", "linux", null));
    assertThat(fresh.blobs()).containsExactlyInAnyOrderElementsOf(source.blobs());
    for (Digest d : source.blobs()) {
      assertThat(fresh.read(d)).isEqualTo(source.read(d));
    }

    JsonNode inspect =
        JSON.readTree(
            run(
                "skopeo",
                "inspect",
                "--tls-verify=false",
                "docker://" + open.host() + "/dfkit/roundtrip:1"));
    assertThat(inspect.path("Digest").asText()).isEqualTo(pushed.digest());
    assertThat(inspect.path("Os").asText()).isEqualTo("linux");
    assertThat(inspect.path("Architecture").asText()).isEqualTo("amd64");
    assertThat(inspect.path("Layers")).hasSize(2);
    String raw =
        run(
            "skopeo",
            "inspect",
            "--raw",
            "--tls-verify=false",
            "docker://" + open.host() + "/dfkit/roundtrip:1");
    assertThat(raw.getBytes(StandardCharsets.UTF_8)).isEqualTo(image.manifestBytes());
  }

  @Test
  void largeLayersAreUploadedInChunksAndMountedIntoOtherRepositories() throws IOException {
    ContentStore source = ContentStore.open(dir.resolve("source"));
    byte[] big = TestImages.noise(700_000, 42);
    TestImages.Image image = TestImages.image(false, new Platform("amd64", "linux", null), big);
    image.store(source);
    RegistryClient client =
        RegistryClient.create(open.host(), options().withChunking(64 << 10, 256 << 10));

    client.push(ref(open, "dfkit/chunked:1"), image.manifest(), source);
    client.push(ref(open, "dfkit/mounted:1"), image.manifest(), source);

    assertThat(open.requestsContaining("PATCH /v2/dfkit/chunked/blobs/uploads/")).hasSize(3);
    List<String> mounts = open.requestsContaining("POST /v2/dfkit/mounted/blobs/uploads/?");
    assertThat(mounts)
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("mount=").contains("\" 201 "));
    assertThat(open.requestsContaining("PATCH /v2/dfkit/mounted/")).isEmpty();
    ContentStore fresh = ContentStore.open(dir.resolve("fresh"));
    RegistryClient.create(open.host(), options())
        .pull(ref(open, "dfkit/mounted:1"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64, fresh);
    assertThat(fresh.read(Digest.of(big))).isEqualTo(big);
  }

  @Test
  void anIndexIsPushedAndResolvedPerPlatform() throws IOException {
    ContentStore source = ContentStore.open(dir.resolve("source"));
    TestImages.Image amd64 =
        TestImages.image(
            false, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("arch", "amd64")));
    TestImages.Image arm64 =
        TestImages.image(
            false, new Platform("arm64", "linux", "v8"), TestImages.tarGz(Map.of("arch", "arm64")));
    TestImages.Index index = TestImages.index(false, List.of(amd64, arm64));
    index.store(source);
    RegistryClient client = RegistryClient.create(open.host(), options());

    client.push(ref(open, "dfkit/multi:1"), index.descriptor(), source);

    ResolvedImage onArm =
        RegistryClient.create(open.host(), options())
            .resolve(ref(open, "dfkit/multi:1"), dev.dfkit.parser.semantic.Platform.LINUX_ARM64);
    assertThat(onArm.manifestDescriptor().digest()).isEqualTo(arm64.manifest().digest());
    assertThat(onArm.index())
        .map(i -> i.descriptor().digest())
        .contains(index.descriptor().digest());
    assertThat(onArm.config().architecture()).isEqualTo("arm64");
    String raw =
        run(
            "skopeo",
            "inspect",
            "--raw",
            "--tls-verify=false",
            "docker://" + open.host() + "/dfkit/multi:1");
    assertThat(raw.getBytes(StandardCharsets.UTF_8)).isEqualTo(index.bytes());
    assertThatThrownBy(
            () ->
                client.resolve(
                    ref(open, "dfkit/multi:1"),
                    dev.dfkit.parser.semantic.Platform.parse("linux/ppc64le").orElseThrow()))
        .isInstanceOf(NoMatchingPlatformException.class)
        .hasMessageEndingWith("available platforms: linux/amd64, linux/arm64/v8");
  }

  @Test
  void dockerSchema2ImagesKeepTheirMediaType() throws IOException {
    ContentStore source = ContentStore.open(dir.resolve("source"));
    TestImages.Image image =
        TestImages.image(
            true, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("f", "docker")));
    image.store(source);

    RegistryClient.create(open.host(), options())
        .push(ref(open, "dfkit/docker:v2"), image.manifest(), source);

    ResolvedImage resolved =
        RegistryClient.create(open.host(), options())
            .resolve(ref(open, "dfkit/docker:v2"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64);
    assertThat(resolved.manifestDescriptor().mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
    assertThat(resolved.manifestDescriptor().digest()).isEqualTo(image.manifest().digest());
  }

  @Test
  void missingTagsAndRepositoriesAreReportedByName() throws IOException {
    ContentStore source = ContentStore.open(dir.resolve("source"));
    TestImages.Image image = TestImages.oci("x", "x");
    image.store(source);
    RegistryClient client = RegistryClient.create(open.host(), options());
    client.push(ref(open, "dfkit/named:1"), image.manifest(), source);

    assertThatThrownBy(
            () ->
                client.resolve(
                    ref(open, "dfkit/named:nope"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64))
        .hasMessage("manifest unknown: dfkit/named:nope not found in " + open.host());
    assertThatThrownBy(
            () ->
                client.resolve(
                    ref(open, "dfkit/never-pushed:1"),
                    dev.dfkit.parser.semantic.Platform.LINUX_AMD64))
        .isInstanceOf(RegistryException.class)
        .satisfies(e -> assertThat(((RegistryException) e).status()).isEqualTo(404))
        .hasMessageEndingWith(" not found in " + open.host());
  }

  @Test
  void htpasswdRegistryWithCredentialsFromADockerConfig() throws IOException {
    Path dockerConfig = Files.createDirectories(dir.resolve("docker"));
    String auth =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        dockerConfig.resolve("config.json"),
        "{\"auths\":{\"" + secured.host() + "\":{\"auth\":\"" + auth + "\"}}}");
    CredentialSource fromConfig =
        DockerConfigCredentials.fromEnvironment(
            Map.of("DOCKER_CONFIG", dockerConfig.toString(), "PATH", System.getenv("PATH")));
    ContentStore source = ContentStore.open(dir.resolve("source"));
    TestImages.Image image = TestImages.oci("secret.txt", "for members only");
    image.store(source);

    Descriptor pushed =
        RegistryClient.create(secured.host(), options().withCredentials(fromConfig))
            .push(ref(secured, "dfkit/private:1"), image.manifest(), source);
    ContentStore fresh = ContentStore.open(dir.resolve("fresh"));
    Descriptor pulled =
        RegistryClient.create(secured.host(), options().withCredentials(fromConfig))
            .pull(
                ref(secured, "dfkit/private:1"),
                dev.dfkit.parser.semantic.Platform.LINUX_AMD64,
                fresh);

    assertThat(pulled.digest()).isEqualTo(pushed.digest());
    assertThat(fresh.blobs()).containsExactlyInAnyOrderElementsOf(source.blobs());
    JsonNode inspect =
        JSON.readTree(
            run(
                "skopeo",
                "inspect",
                "--tls-verify=false",
                "--creds",
                USER + ":" + PASSWORD,
                "docker://" + secured.host() + "/dfkit/private:1"));
    assertThat(inspect.path("Digest").asText()).isEqualTo(pushed.digest());

    assertThatThrownBy(
            () ->
                RegistryClient.create(secured.host(), options())
                    .resolve(
                        ref(secured, "dfkit/private:1"),
                        dev.dfkit.parser.semantic.Platform.LINUX_AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "unauthorized: authentication required (no credentials are configured for "
                + secured.host()
                + ")");
    Files.writeString(
        dockerConfig.resolve("config.json"),
        "{\"auths\":{\""
            + secured.host()
            + "\":{\"auth\":\""
            + Base64.getEncoder().encodeToString((USER + ":wrong").getBytes(StandardCharsets.UTF_8))
            + "\"}}}");
    assertThatThrownBy(
            () ->
                RegistryClient.create(
                        secured.host(),
                        options()
                            .withCredentials(
                                DockerConfigCredentials.fromEnvironment(
                                    Map.of("DOCKER_CONFIG", dockerConfig.toString()))))
                    .resolve(
                        ref(secured, "dfkit/private:1"),
                        dev.dfkit.parser.semantic.Platform.LINUX_AMD64))
        .hasMessageStartingWith(
            "unauthorized: authentication required (check the credentials for "
                + secured.host()
                + " in "
                + dockerConfig.resolve("config.json"));
  }

  private static String run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    p.getOutputStream().close();
    byte[] out;
    byte[] err;
    try {
      var errFuture =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                  return new byte[0];
                }
              });
      out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish");
      }
      err = errFuture.get();
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IOException(e);
    }
    if (p.exitValue() != 0) {
      List<String> cmd = new ArrayList<>(List.of(command));
      throw new IOException(
          cmd + " failed (" + p.exitValue() + "): " + new String(err, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
