package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.Platform;
import dev.dfkit.build.registry.auth.CredentialSource;
import dev.dfkit.parser.image.ImageReference;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryClientPullTest {

  private static final dev.dfkit.parser.semantic.Platform AMD64 =
      dev.dfkit.parser.semantic.Platform.LINUX_AMD64;

  @TempDir Path dir;
  private FakeRegistry registry;
  private ContentStore store;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    registry = new FakeRegistry();
    store = ContentStore.open(dir.resolve("store"));
  }

  @AfterEach
  void tearDown() {
    registry.close();
  }

  private RegistryOptions options() {
    return RegistryOptions.defaults()
        .withCredentials(CredentialSource.NONE)
        .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40))
        .withSleeper(sleeps::add);
  }

  private RegistryClient client() {
    return RegistryClient.create(registry.host(), options());
  }

  private ImageReference ref(String pathAndTag) {
    return ImageReference.parse(registry.host() + "/" + pathAndTag).orElseThrow();
  }

  @Test
  void pullsAnImageByTagIntoTheStore() throws IOException {
    TestImages.Image image = TestImages.oci("hello.txt", "hello");
    image.serve(registry, "team/app", "1.0");

    Descriptor pulled = client().pull(ref("team/app:1.0"), AMD64, store);

    assertThat(pulled.digest()).isEqualTo(image.manifest().digest());
    assertThat(pulled.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(pulled.platform()).isEqualTo(new Platform("amd64", "linux", null));
    assertThat(store.read(pulled.digestValue())).isEqualTo(image.manifestBytes());
    assertThat(store.read(image.config().digestValue())).isEqualTo(image.configBytes());
    assertThat(store.read(image.layers().get(0).digestValue()))
        .isEqualTo(image.layerBytes().get(0));
    assertThat(store.tmpDir()).isEmptyDirectory();
    assertThat(registry.requests("GET", "/manifests/").get(0).header("Accept"))
        .contains(
            MediaTypes.OCI_INDEX, MediaTypes.DOCKER_MANIFEST_LIST, MediaTypes.DOCKER_MANIFEST);
  }

  @Test
  void blobsAlreadyInTheStoreAreNotFetched() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    RegistryClient client = client();
    client.pull(ref("team/app:1"), AMD64, store);
    int layerGets = registry.requests("GET", "/blobs/").size();

    client.pull(ref("team/app:1"), AMD64, store);

    // the config is read again by resolve(); the layer is not
    assertThat(registry.requests("GET", "/blobs/" + image.layers().get(0).digest())).hasSize(1);
    assertThat(registry.requests("GET", "/blobs/").size()).isEqualTo(layerGets + 1);
  }

  @Test
  void pullsByDigest() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");

    ResolvedImage resolved = client().resolve(ref("team/app@" + image.manifest().digest()), AMD64);

    assertThat(resolved.manifestDescriptor().digest()).isEqualTo(image.manifest().digest());
    assertThat(registry.requests("GET", "/manifests/" + image.manifest().digest())).hasSize(1);
  }

  @Test
  void dockerSchema2ManifestsArePulledWithTheirMediaType() throws IOException {
    TestImages.Image image =
        TestImages.image(
            true, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("f", "x")));
    image.serve(registry, "legacy", "v2");

    ResolvedImage resolved = client().resolve(ref("legacy:v2"), AMD64);

    assertThat(resolved.manifestDescriptor().mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
    assertThat(resolved.config().os()).isEqualTo("linux");
    assertThat(resolved.index()).isEmpty();
  }

  @Test
  void anIndexIsResolvedToThePlatformsManifest() throws IOException {
    TestImages.Image amd64 =
        TestImages.image(
            false, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("a", "1")));
    TestImages.Image arm64 =
        TestImages.image(
            false, new Platform("arm64", "linux", "v8"), TestImages.tarGz(Map.of("a", "2")));
    TestImages.Image armv7 =
        TestImages.image(
            false, new Platform("arm", "linux", "v7"), TestImages.tarGz(Map.of("a", "3")));
    TestImages.Index index = TestImages.index(false, List.of(amd64, arm64, armv7));
    index.serve(registry, "multi", "1");
    RegistryClient client = client();

    ResolvedImage onArm64 =
        client.resolve(
            ref("multi:1"),
            dev.dfkit.parser.semantic.Platform.parse("linux/arm64/v8").orElseThrow());
    ResolvedImage onAmd64 = client.resolve(ref("multi:1"), AMD64);
    ResolvedImage onArmhf =
        client.resolve(
            ref("multi:1"), dev.dfkit.parser.semantic.Platform.parse("linux/armhf").orElseThrow());

    assertThat(onArm64.manifestDescriptor().digest()).isEqualTo(arm64.manifest().digest());
    assertThat(onArm64.manifestDescriptor().platform())
        .isEqualTo(new Platform("arm64", "linux", "v8"));
    assertThat(onArm64.index())
        .map(i -> i.descriptor().digest())
        .contains(index.descriptor().digest());
    assertThat(onAmd64.manifestDescriptor().digest()).isEqualTo(amd64.manifest().digest());
    assertThat(onArmhf.manifestDescriptor().digest()).isEqualTo(armv7.manifest().digest());
    assertThat(onArmhf.configBytes()).isEqualTo(armv7.configBytes());
  }

  @Test
  void aDockerManifestListIsResolvedAndStoredByPull() throws IOException {
    TestImages.Image amd64 =
        TestImages.image(
            true, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("a", "1")));
    TestImages.Image arm64 =
        TestImages.image(
            true, new Platform("arm64", "linux", null), TestImages.tarGz(Map.of("a", "2")));
    TestImages.Index list = TestImages.index(true, List.of(amd64, arm64));
    list.serve(registry, "library/busybox", "latest");

    Descriptor pulled =
        client()
            .pull(ref("library/busybox"), dev.dfkit.parser.semantic.Platform.LINUX_ARM64, store);

    assertThat(pulled.digest()).isEqualTo(arm64.manifest().digest());
    assertThat(store.has(list.descriptor().digestValue())).isTrue();
    assertThat(store.has(arm64.layers().get(0).digestValue())).isTrue();
    assertThat(store.has(amd64.layers().get(0).digestValue())).isFalse();
  }

  @Test
  void noMatchingPlatformListsTheAvailableOnes() throws IOException {
    TestImages.Index index =
        TestImages.index(
            false,
            List.of(
                TestImages.image(
                    false,
                    new Platform("amd64", "linux", null),
                    TestImages.tarGz(Map.of("a", "1"))),
                TestImages.image(
                    false,
                    new Platform("arm64", "linux", "v8"),
                    TestImages.tarGz(Map.of("a", "2")))));
    index.serve(registry, "multi", "1");

    assertThatThrownBy(
            () ->
                client()
                    .resolve(
                        ref("multi:1"),
                        dev.dfkit.parser.semantic.Platform.parse("linux/s390x").orElseThrow()))
        .isInstanceOf(NoMatchingPlatformException.class)
        .hasMessage(
            "no image for linux/s390x in "
                + registry.host()
                + "/multi:1; available platforms: linux/amd64, linux/arm64/v8")
        .satisfies(
            e ->
                assertThat(((NoMatchingPlatformException) e).available())
                    .containsExactly("linux/amd64", "linux/arm64/v8"));
  }

  @Test
  void anUnknownTagSaysWhichManifestWasNotFound() {
    registry.putManifest("team/app", "1", MediaTypes.OCI_MANIFEST, "{}".getBytes());

    assertThatThrownBy(() -> client().resolve(ref("team/app:nope"), AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage("manifest unknown: team/app:nope not found in " + registry.host())
        .satisfies(e -> assertThat(((RegistryException) e).status()).isEqualTo(404))
        .satisfies(e -> assertThat(((RegistryException) e).code()).contains("MANIFEST_UNKNOWN"));
  }

  @Test
  void anUnknownRepositoryIsNamed() {
    assertThatThrownBy(() -> client().resolve(ref("nothing/here:1"), AMD64))
        .hasMessage("name unknown: repository nothing/here not found in " + registry.host());
  }

  @Test
  void tooManyRequestsIsRetriedAfterRetryAfter() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    registry.fail(r -> r.is("GET", "/manifests/"), 1, 429, Map.of("Retry-After", "1"));

    Descriptor pulled = client().pull(ref("team/app:1"), AMD64, store);

    assertThat(pulled.digest()).isEqualTo(image.manifest().digest());
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    assertThat(registry.requests("GET", "/manifests/")).hasSize(2);
  }

  @Test
  void retryAfterIsCappedByTheOptions() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    registry.fail(r -> r.is("GET", "/manifests/"), 1, 429, Map.of("Retry-After", "3600"));

    RegistryClient.create(registry.host(), options().withMaxRetryAfter(Duration.ofSeconds(5)))
        .resolve(ref("team/app:1"), AMD64);

    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    registry.fail(r -> r.is("GET", "/blobs/"), 2, 503, Map.of());

    client().pull(ref("team/app:1"), AMD64, store);

    assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(store.has(image.layers().get(0).digestValue())).isTrue();
  }

  @Test
  void persistentServerErrorsFailAfterTheLastAttempt() {
    registry.fail(r -> r.is("GET", "/manifests/"), 5, 500, Map.of());

    assertThatThrownBy(() -> client().resolve(ref("team/app:1"), AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "unknown: scripted 500 (GET team/app:1 on "
                + registry.host()
                + ", HTTP 500 after 3 attempts)");
    assertThat(registry.requests("GET", "/manifests/")).hasSize(3);
  }

  @Test
  void persistentRateLimitingSaysSo() {
    registry.fail(r -> r.is("GET", "/manifests/"), 5, 429, Map.of());

    assertThatThrownBy(() -> client().resolve(ref("team/app:1"), AMD64))
        .hasMessage(
            "toomanyrequests: scripted 429 ("
                + registry.host()
                + " is limiting the request rate; gave up on team/app:1 after 3 attempts)");
  }

  @Test
  void aBlobWhoseContentDoesNotMatchItsDigestIsRejectedAndNotStored() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    Digest layer = image.layers().get(0).digestValue();
    byte[] wrong = image.layerBytes().get(0).clone();
    wrong[wrong.length - 1] ^= 1;
    registry.putBlobAs("team/app", layer, wrong);

    assertThatThrownBy(() -> client().pull(ref("team/app:1"), AMD64, store))
        .isInstanceOf(RegistryException.class)
        .hasMessageStartingWith("digest mismatch: blob " + layer)
        .hasMessageEndingWith("; it was not stored")
        .satisfies(e -> assertThat(((RegistryException) e).code()).contains("DIGEST_INVALID"));
    assertThat(store.has(layer)).isFalse();
    assertThat(store.tmpDir()).isEmptyDirectory();
    assertThat(registry.requests("GET", "/blobs/" + layer)).hasSize(1); // not retried
  }

  @Test
  void aBlobLongerThanItsDescriptorIsRejected() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    Digest layer = image.layers().get(0).digestValue();
    byte[] longer =
        java.util.Arrays.copyOf(image.layerBytes().get(0), image.layerBytes().get(0).length + 10);
    registry.putBlobAs("team/app", layer, longer);

    assertThatThrownBy(() -> client().pull(ref("team/app:1"), AMD64, store))
        .hasMessageContaining("is larger than the");
    assertThat(store.has(layer)).isFalse();
  }

  @Test
  void aDroppedConnectionIsResumedWithRange() throws IOException {
    byte[] big = TestImages.noise(300_000, 1);
    Digest layer = serveOneLayer(big);
    registry.script(
        r -> r.is("GET", "/blobs/" + layer),
        (ex, body) -> FakeRegistry.redirectToDroppingServer(ex, big, 100_000));

    client().pull(ref("team/app:1"), AMD64, store);

    assertThat(store.read(layer)).isEqualTo(big);
    assertResumed(layer, 100_000);
  }

  @Test
  void aStalledDownloadIsGivenUpAndResumed() throws IOException {
    byte[] big = TestImages.noise(300_000, 2);
    Digest layer = serveOneLayer(big);
    registry.script(
        r -> r.is("GET", "/blobs/" + layer),
        (ex, body) -> FakeRegistry.sendStalled(ex, big, 100_000));
    RegistryOptions quick =
        options()
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(300));

    RegistryClient.create(registry.host(), quick).pull(ref("team/app:1"), AMD64, store);

    assertThat(store.read(layer)).isEqualTo(big);
    assertResumed(layer, 100_000);
  }

  @Test
  void aBodyThatEndsEarlyIsResumed() throws IOException {
    byte[] big = TestImages.noise(300_000, 3);
    Digest layer = serveOneLayer(big);
    registry.script(
        r -> r.is("GET", "/blobs/" + layer),
        (ex, body) -> FakeRegistry.sendShort(ex, big, 120_000));

    client().pull(ref("team/app:1"), AMD64, store);

    assertThat(store.read(layer)).isEqualTo(big);
    assertResumed(layer, 120_000);
    assertThat(registry.requests("GET", "/blobs/" + layer).get(1).header("Range"))
        .isEqualTo("bytes=120000-");
  }

  @Test
  void aServerThatIgnoresRangeSendsTheWholeBlobAgain() throws IOException {
    byte[] big = TestImages.noise(200_000, 4);
    Digest layer = serveOneLayer(big);
    registry.script(
        r -> r.is("GET", "/blobs/" + layer), (ex, body) -> FakeRegistry.sendShort(ex, big, 50_000));
    registry.script(
        r -> r.is("GET", "/blobs/" + layer),
        (ex, body) -> FakeRegistry.send(ex, 200, big)); // ignores the Range header

    client().pull(ref("team/app:1"), AMD64, store);

    assertThat(store.read(layer)).isEqualTo(big);
    assertThat(store.tmpDir()).isEmptyDirectory();
  }

  private Digest serveOneLayer(byte[] layer) {
    TestImages.Image image = TestImages.image(false, new Platform("amd64", "linux", null), layer);
    image.serve(registry, "team/app", "1");
    return image.layers().get(0).digestValue();
  }

  private void assertResumed(Digest layer, long atMost) {
    List<FakeRegistry.Request> gets = registry.requests("GET", "/blobs/" + layer);
    assertThat(gets).hasSize(2);
    assertThat(gets.get(0).header("Range")).isNull();
    assertThat(gets.get(1).header("Range")).matches("bytes=\\d+-");
    long resumedAt = Long.parseLong(gets.get(1).header("Range").replaceAll("\\D", ""));
    assertThat(resumedAt).isPositive().isLessThanOrEqualTo(atMost);
    assertThat(store.tmpDir()).isEmptyDirectory();
  }

  @Test
  void blobsAreFollowedToStorageWithoutTheRegistrysCredentials() throws IOException {
    registry.basicAuth("alice", "secret").redirectBlobs();
    TestImages.Image image = TestImages.oci("a", "a");
    image.serve(registry, "team/app", "1");
    RegistryClient client =
        RegistryClient.create(
            registry.host(),
            options()
                .withCredentials(
                    CredentialSource.of(
                        Map.of(
                            registry.host(),
                            dev.dfkit.build.registry.auth.Credential.basic("alice", "secret")))));

    client.pull(ref("team/app:1"), AMD64, store);

    assertThat(store.has(image.layers().get(0).digestValue())).isTrue();
    assertThat(registry.storageRequests).isNotEmpty();
    assertThat(registry.storageRequests)
        .allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
    assertThat(registry.requests("GET", "/blobs/"))
        .allSatisfy(r -> assertThat(r.header("Authorization")).startsWith("Basic "));
  }

  @Test
  void anUnreachableRegistryIsNamed() throws IOException {
    String host;
    try (var socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      host = "127.0.0.1:" + socket.getLocalPort();
    }
    RegistryClient client = RegistryClient.create(host, options());

    assertThatThrownBy(
            () -> client.resolve(ImageReference.parse(host + "/x:1").orElseThrow(), AMD64))
        .isInstanceOf(RegistryException.class)
        .hasMessage("cannot reach " + host + " for x:1 after 3 attempts: connection refused")
        .satisfies(e -> assertThat(((RegistryException) e).isTransportFailure()).isTrue());
  }

  @Test
  void aReferenceOnAnotherRegistryIsRefused() {
    assertThatThrownBy(() -> client().resolve(ImageReference.parse("alpine").orElseThrow(), AMD64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docker.io/library/alpine:latest is on docker.io, not on " + registry.host());
  }
}
