package dev.dfkit.build.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.Platform;
import dev.dfkit.build.registry.auth.Credential;
import dev.dfkit.build.registry.auth.CredentialSource;
import dev.dfkit.parser.image.ImageReference;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryClientPushTest {

  @TempDir Path dir;
  private FakeRegistry registry;
  private ContentStore store;

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
        .withRetries(3, Duration.ofMillis(1), Duration.ofMillis(1));
  }

  private RegistryClient client() {
    return RegistryClient.create(registry.host(), options());
  }

  private ImageReference ref(String s) {
    return ImageReference.parse(registry.host() + "/" + s).orElseThrow();
  }

  @Test
  void smallBlobsAreUploadedWithOnePutAndTheManifestWithItsMediaType() throws IOException {
    TestImages.Image image = TestImages.oci("hello.txt", "hello");
    image.store(store);

    Descriptor pushed = client().push(ref("team/app:1.0"), image.manifest(), store);

    assertThat(pushed.digest()).isEqualTo(image.manifest().digest());
    assertThat(pushed.mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(registry.manifest("team/app", "1.0")).isEqualTo(image.manifestBytes());
    assertThat(registry.manifestMediaType("team/app", "1.0")).isEqualTo(MediaTypes.OCI_MANIFEST);
    assertThat(registry.blob(image.layers().get(0).digestValue()))
        .isEqualTo(image.layerBytes().get(0));
    assertThat(registry.blob(image.config().digestValue())).isEqualTo(image.configBytes());
    // per blob: HEAD (404), POST, PUT ?digest= with the body; never a PATCH
    assertThat(registry.requests("HEAD", "/blobs/")).hasSize(2);
    assertThat(registry.requests("POST", "/blobs/uploads/")).hasSize(2);
    assertThat(registry.requests("PATCH", "/blobs/uploads/")).isEmpty();
    List<FakeRegistry.Request> puts = registry.requests("PUT", "/blobs/uploads/");
    assertThat(puts).hasSize(2);
    assertThat(puts)
        .allSatisfy(
            r -> {
              assertThat(r.query()).startsWith("_state=").contains("&digest=sha256:");
              assertThat(r.bodySize()).isPositive();
            });
    FakeRegistry.Request manifestPut = registry.requests("PUT", "/manifests/").get(0);
    assertThat(manifestPut.path()).endsWith("/team/app/manifests/1.0");
    assertThat(manifestPut.header("Content-Type")).isEqualTo(MediaTypes.OCI_MANIFEST);
  }

  @Test
  void largeBlobsAreUploadedInChunks() throws IOException {
    byte[] layer = TestImages.noise(1000, 7);
    TestImages.Image image = TestImages.image(false, new Platform("amd64", "linux", null), layer);
    image.store(store);
    RegistryClient client =
        RegistryClient.create(registry.host(), options().withChunking(500, 300));

    client.pushBlob("team/app", image.layers().get(0), store);

    assertThat(registry.blob(Digest.of(layer))).isEqualTo(layer);
    List<FakeRegistry.Request> patches = registry.requests("PATCH", "/blobs/uploads/");
    assertThat(patches)
        .extracting(r -> r.header("Content-Range"))
        .containsExactly("0-299", "300-599", "600-899", "900-999");
    assertThat(patches)
        .extracting(FakeRegistry.Request::bodySize)
        .containsExactly(300, 300, 300, 100);
    assertThat(patches)
        .allSatisfy(
            r -> assertThat(r.header("Content-Type")).isEqualTo("application/octet-stream"));
    FakeRegistry.Request put = registry.requests("PUT", "/blobs/uploads/").get(0);
    assertThat(put.bodySize()).isZero();
    assertThat(URLDecoder.decode(put.query(), StandardCharsets.UTF_8))
        .isEqualTo("_state=p&digest=" + Digest.of(layer));
    // the order of the protocol: POST, PATCH..., PUT
    List<String> methods =
        registry.requests.stream()
            .filter(r -> r.path().contains("/blobs/uploads/"))
            .map(FakeRegistry.Request::method)
            .toList();
    assertThat(methods).containsExactly("POST", "PATCH", "PATCH", "PATCH", "PATCH", "PUT");
  }

  @Test
  void theRegistrysMinimumChunkLengthIsHonoured() throws IOException {
    registry.chunkMinLength(600);
    byte[] layer = TestImages.noise(1000, 8);
    Descriptor blob = Descriptor.of(MediaTypes.OCI_LAYER, store.put(layer).digest(), layer.length);

    RegistryClient.create(registry.host(), options().withChunking(500, 300))
        .pushBlob("team/app", blob, store);

    assertThat(registry.requests("PATCH", "/blobs/uploads/"))
        .extracting(r -> r.header("Content-Range"))
        .containsExactly("0-599", "600-999");
    assertThat(registry.blob(Digest.of(layer))).isEqualTo(layer);
  }

  @Test
  void aChunkLeftUnansweredStartsTheUploadOver() throws IOException {
    byte[] layer = TestImages.noise(1000, 9);
    Descriptor blob = Descriptor.of(MediaTypes.OCI_LAYER, store.put(layer).digest(), layer.length);
    registry.script(
        r -> r.is("PATCH", "/blobs/uploads/") && "300-599".equals(r.header("Content-Range")),
        (ex, body) -> {
          try {
            Thread.sleep(1500); // longer than the client waits for an answer
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(500, -1);
        });
    RegistryOptions impatient =
        options()
            .withChunking(500, 300)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(5));

    RegistryClient.create(registry.host(), impatient).pushBlob("team/app", blob, store);

    assertThat(registry.blob(Digest.of(layer))).isEqualTo(layer);
    // the PATCH whose answer was lost is not sent again into the same session: a new one starts
    assertThat(registry.requests("POST", "/blobs/uploads/")).hasSize(2);
    assertThat(registry.requests("PATCH", "/blobs/uploads/"))
        .extracting(r -> r.header("Content-Range"))
        .containsExactly("0-299", "300-599", "0-299", "300-599", "600-899", "900-999");
  }

  @Test
  void blobsTheRepositoryHasAreNotSentAgain() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.store(store);
    image.serve(registry, "team/app", "old");

    client().push(ref("team/app:new"), image.manifest(), store);

    assertThat(registry.requests("HEAD", "/blobs/")).hasSize(2);
    assertThat(registry.requests("POST", "/blobs/uploads/")).isEmpty();
    assertThat(registry.manifest("team/app", "new")).isEqualTo(image.manifestBytes());
  }

  @Test
  void blobsPulledFromAnotherRepositoryAreMounted() throws IOException {
    TestImages.Image base = TestImages.oci("base", "base");
    base.serve(registry, "library/base", "1");
    RegistryClient client = client();
    Descriptor pulled =
        client.pull(ref("library/base:1"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64, store);

    client.push(ref("team/app:1"), pulled, store);

    List<FakeRegistry.Request> posts = registry.requests("POST", "/blobs/uploads/");
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .allSatisfy(
            r ->
                assertThat(URLDecoder.decode(r.query(), StandardCharsets.UTF_8))
                    .matches("mount=sha256:[0-9a-f]{64}&from=library/base"));
    assertThat(registry.requests("PUT", "/blobs/uploads/")).isEmpty();
    assertThat(registry.hasBlob("team/app", base.layers().get(0).digestValue())).isTrue();
    assertThat(registry.manifest("team/app", "1")).isEqualTo(base.manifestBytes());
  }

  @Test
  void whenTheRegistryDoesNotMountTheOpenedUploadIsUsed() throws IOException {
    registry.withoutMounts();
    TestImages.Image base = TestImages.oci("base", "base");
    base.serve(registry, "library/base", "1");
    RegistryClient client = client();
    Descriptor pulled =
        client.pull(ref("library/base:1"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64, store);

    client.push(ref("team/app:1"), pulled, store);

    // one POST per blob (the mount attempt, answered 202), then the PUT into that session
    assertThat(registry.requests("POST", "/blobs/uploads/")).hasSize(2);
    assertThat(registry.requests("PUT", "/blobs/uploads/")).hasSize(2);
    assertThat(registry.hasBlob("team/app", base.layers().get(0).digestValue())).isTrue();
  }

  @Test
  void mountSourcesAreLearntFromTheStoresTags() throws IOException {
    TestImages.Image base = TestImages.oci("base", "base");
    base.serve(registry, "library/base", "1");
    base.store(store);
    store.tag(registry.host() + "/library/base:1", base.manifest());

    client().push(ref("team/app:1"), base.manifest(), store); // a fresh client: nothing pulled

    assertThat(registry.requests("POST", "/blobs/uploads/"))
        .allSatisfy(r -> assertThat(r.query()).contains("mount=").contains("from=library"));
    assertThat(registry.requests("PUT", "/blobs/uploads/")).isEmpty();
  }

  @Test
  void aMountWithoutAccessToTheSourceFallsBackToAnUpload() throws IOException {
    registry.bearerAuth(false).user("alice", "pw");
    TestImages.Image base = TestImages.oci("base", "base");
    base.serve(registry, "private/base", "1");
    base.store(store);
    RegistryClient client =
        RegistryClient.create(
            registry.host(),
            options()
                .withCredentials(
                    CredentialSource.of(Map.of(registry.host(), Credential.basic("alice", "pw")))));
    client.recordOrigin("private/base", base.layers().get(0).digestValue());
    // the token service grants alice everything; make the registry refuse the mount regardless
    registry.fail(r -> r.is("POST", "/blobs/uploads/") && r.query() != null, 3, 403, Map.of());

    client.pushBlob("team/app", base.layers().get(0), store);

    assertThat(registry.hasBlob("team/app", base.layers().get(0).digestValue())).isTrue();
    assertThat(registry.requests("PUT", "/blobs/uploads/")).hasSize(1);
  }

  @Test
  void aBlobCheckAnsweredWithARedirectMeansTheBlobIsThere() throws IOException {
    registry.redirectBlobs();
    TestImages.Image image = TestImages.oci("a", "a");
    image.store(store);
    image.serve(registry, "team/app", "old");

    client().push(ref("team/app:new"), image.manifest(), store);

    assertThat(registry.requests("HEAD", "/blobs/")).hasSize(2);
    assertThat(registry.storageRequests).isEmpty();
    assertThat(registry.requests("POST", "/blobs/uploads/")).isEmpty();
  }

  @Test
  void anUploadLocationOnAnotherHostGetsNoCredentials() throws IOException {
    registry.basicAuth("alice", "pw");
    byte[] layer = TestImages.noise(100, 11);
    Descriptor blob = Descriptor.of(MediaTypes.OCI_LAYER, store.put(layer).digest(), layer.length);
    String elsewhere = registry.host().replace("127.0.0.1", "localhost");
    registry.script(
        r -> r.is("POST", "/blobs/uploads/"),
        (ex, body) -> {
          ex.getResponseHeaders()
              .set("Location", "http://" + elsewhere + "/v2/team/app/blobs/uploads/u1?_state=x");
          ex.sendResponseHeaders(202, -1);
        });
    registry.script(
        r -> r.is("PUT", "/blobs/uploads/u1"), (ex, body) -> ex.sendResponseHeaders(201, -1));

    RegistryClient.create(
            registry.host(),
            options()
                .withCredentials(
                    CredentialSource.of(Map.of(registry.host(), Credential.basic("alice", "pw")))))
        .pushBlob("team/app", blob, store);

    FakeRegistry.Request put = registry.requests("PUT", "/blobs/uploads/u1").get(0);
    assertThat(put.header("Authorization")).isNull();
    assertThat(put.header("Host")).startsWith("localhost:");
    assertThat(registry.requests("POST", "/blobs/uploads/").get(0).header("Authorization"))
        .startsWith("Basic ");
  }

  @Test
  void anIndexIsPushedAfterItsManifests() throws IOException {
    TestImages.Image amd64 =
        TestImages.image(
            false, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("a", "1")));
    TestImages.Image arm64 =
        TestImages.image(
            false, new Platform("arm64", "linux", null), TestImages.tarGz(Map.of("a", "2")));
    TestImages.Index index = TestImages.index(false, List.of(amd64, arm64));
    index.store(store);

    Descriptor pushed = client().push(ref("multi:1"), index.descriptor(), store);

    assertThat(pushed.digest()).isEqualTo(index.descriptor().digest());
    List<FakeRegistry.Request> puts = registry.requests("PUT", "/manifests/");
    assertThat(puts)
        .extracting(r -> r.path().substring(r.path().lastIndexOf('/') + 1))
        .containsExactly(amd64.manifest().digest(), arm64.manifest().digest(), "1");
    assertThat(puts.get(2).header("Content-Type")).isEqualTo(MediaTypes.OCI_INDEX);
    assertThat(registry.manifest("multi", "1")).isEqualTo(index.bytes());
  }

  @Test
  void dockerManifestsArePushedWithTheDockerMediaType() throws IOException {
    TestImages.Image image =
        TestImages.image(
            true, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("f", "x")));
    image.store(store);

    client().push(ref("legacy:v2"), image.manifest(), store);

    assertThat(registry.requests("PUT", "/manifests/").get(0).header("Content-Type"))
        .isEqualTo(MediaTypes.DOCKER_MANIFEST);
  }

  @Test
  void aManifestWithoutMediaTypeInItsDescriptorIsSentWithTheDocumentsOwn() throws IOException {
    TestImages.Image image =
        TestImages.image(
            true, new Platform("amd64", "linux", null), TestImages.tarGz(Map.of("f", "x")));
    image.store(store);
    Descriptor bare =
        new Descriptor(null, image.manifest().digest(), image.manifest().size(), null, null);

    client().push(ref("legacy:v2"), bare, store);

    assertThat(registry.manifestMediaType("legacy", "v2")).isEqualTo(MediaTypes.DOCKER_MANIFEST);
  }

  @Test
  void anIndexWithAManifestMissingFromTheStoreIsRefusedClearly() throws IOException {
    TestImages.Image amd64 = TestImages.oci("a", "1");
    TestImages.Image arm64 =
        TestImages.image(
            false, new Platform("arm64", "linux", null), TestImages.tarGz(Map.of("a", "2")));
    TestImages.Index index = TestImages.index(false, List.of(amd64, arm64));
    amd64.store(store);
    store.put(index.bytes());

    assertThatThrownBy(() -> client().push(ref("multi:1"), index.descriptor(), store))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "manifest "
                + arm64.manifest().digest()
                + " (linux/arm64) is not in the content store "
                + store.root()
                + "; cannot push it to "
                + registry.host()
                + "/multi");
    assertThat(registry.manifest("multi", "1")).isNull();
  }

  @Test
  void aManifestTheRegistryRejectsIsReportedWithItsError() throws IOException {
    TestImages.Image image = TestImages.oci("a", "a");
    image.store(store);

    assertThatThrownBy(
            () ->
                client()
                    .putManifest(
                        "team/app", "1", image.manifest().mediaType(), image.manifestBytes()))
        .isInstanceOf(RegistryException.class)
        .hasMessageStartingWith("manifest blob unknown: blob unknown to registry: sha256:")
        .hasMessageEndingWith("(PUT team/app:1 on " + registry.host() + ", HTTP 400)");
  }

  @Test
  void pushingWithBearerAuthAsksForPushScope() throws IOException {
    registry.bearerAuth(false).user("alice", "pw");
    TestImages.Image image = TestImages.oci("a", "a");
    image.store(store);

    RegistryClient.create(
            registry.host(),
            options()
                .withCredentials(
                    CredentialSource.of(Map.of(registry.host(), Credential.basic("alice", "pw")))))
        .push(ref("team/app:1"), image.manifest(), store);

    assertThat(registry.manifest("team/app", "1")).isEqualTo(image.manifestBytes());
    assertThat(registry.tokenRequests).hasSize(1); // one push token serves the whole push
    assertThat(URLDecoder.decode(registry.tokenRequests.get(0).query(), StandardCharsets.UTF_8))
        .contains("scope=repository:team/app:pull,push");
  }

  @Test
  void aRoundTripKeepsEveryDigest() throws IOException {
    TestImages.Image image = TestImages.oci("hello.txt", "hello");
    image.store(store);
    RegistryClient client = client();
    client.push(ref("team/app:1"), image.manifest(), store);

    ContentStore fresh = ContentStore.open(dir.resolve("fresh"));
    Descriptor pulled =
        client.pull(ref("team/app:1"), dev.dfkit.parser.semantic.Platform.LINUX_AMD64, fresh);

    assertThat(pulled.digest()).isEqualTo(image.manifest().digest());
    assertThat(fresh.blobs()).containsExactlyInAnyOrderElementsOf(store.blobs());
  }
}
