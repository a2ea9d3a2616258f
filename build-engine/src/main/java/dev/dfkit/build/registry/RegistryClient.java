package dev.dfkit.build.registry;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.registry.auth.RegistryAuthenticator;
import dev.dfkit.build.registry.auth.Scope;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The registry client: pulls and pushes images of one registry host over the OCI distribution API.
 * One client per host (its repositories are method arguments); it keeps that host's tokens and what
 * it learnt about where blobs live, so keep it for the life of a build ({@link Registries} does).
 * Thread-safe: calls may run in parallel (e.g. one thread per layer).
 *
 * <p>Pulling: {@link #resolve} finds the manifest for a platform (through an index or manifest
 * list) and its configuration; {@link #pull} also stores the layers; {@link #pullBlob} streams one
 * blob into the content store, verified against its digest and resumed with {@code Range} when the
 * connection drops. Pushing: {@link #push} uploads what a manifest (or index) needs that the
 * repository does not have, mounting blobs from other repositories of the same registry where it
 * can, then puts the manifest.
 */
public final class RegistryClient {

  /** The largest image configuration read into memory. */
  static final long MAX_CONFIG_SIZE = 64L << 20;

  private final RegistryHost host;
  private final RegistryOptions options;
  private final RegistryEndpointCaller caller;
  private final BlobOrigins origins;

  private RegistryClient(RegistryHost host, RegistryOptions options, HttpClient http) {
    this.host = host;
    this.options = options;
    RegistryAuthenticator auth =
        new RegistryAuthenticator(
            host.name(),
            options.credentials(),
            http,
            options.userAgent(),
            options.requestTimeout(),
            Clock.systemUTC());
    this.caller = new RegistryEndpointCaller(host, http, auth, options);
    this.origins = new BlobOrigins(host.name());
  }

  /**
   * A client for one registry, named as in image references ({@code docker.io}, {@code ghcr.io},
   * {@code 127.0.0.1:5000}).
   */
  public static RegistryClient create(String registry, RegistryOptions options) {
    return create(registry, options, newHttpClient(options));
  }

  static RegistryClient create(String registry, RegistryOptions options, HttpClient http) {
    return new RegistryClient(RegistryHost.of(registry, options.insecureHosts()), options, http);
  }

  static HttpClient newHttpClient(RegistryOptions options) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout())
        .build();
  }

  /** The registry's name ({@code docker.io} for Docker Hub). */
  public String registry() {
    return host.name();
  }

  /** The API's base URL ({@code https://registry-1.docker.io/v2/}, {@code http://} if insecure). */
  public URI apiBase() {
    return host.apiBase();
  }

  // ---- pull ------------------------------------------------------------------------------------

  /**
   * The manifest and configuration of {@code reference} for {@code platform}. A reference to an
   * index (or manifest list) resolves to the entry for the platform; a plain manifest is taken as
   * it is, whatever its platform.
   *
   * @throws NoMatchingPlatformException when the index has nothing for the platform
   * @throws RegistryException when the registry refuses or lacks the image
   */
  public ResolvedImage resolve(ImageReference reference, Platform platform) throws IOException {
    checkRegistry(reference);
    String repository = reference.repository();
    PulledManifest top = pullManifest(repository, referenceOf(reference));
    Optional<PulledManifest> index = Optional.empty();
    PulledManifest chosen = top;
    dev.dfkit.build.image.Platform entryPlatform = null;
    if (top.isIndex()) {
      index = Optional.of(top);
      ImageIndex ii = readDocument(top, ImageIndex.class);
      Descriptor entry =
          PlatformSelector.select(ii, platform)
              .orElseThrow(
                  () -> {
                    List<String> available = PlatformSelector.available(ii);
                    return new NoMatchingPlatformException(
                        "no image for "
                            + platform.format()
                            + " in "
                            + reference.canonical()
                            + (available.isEmpty()
                                ? " (the index lists no platforms)"
                                : "; available platforms: " + String.join(", ", available)),
                        available);
                  });
      chosen = pullManifest(repository, entry.digest());
      if (chosen.isIndex()) {
        throw RegistryException.content(
            "MANIFEST_INVALID",
            "the entry for "
                + platform.format()
                + " in "
                + reference.canonical()
                + " is another index, which dfbuild does not follow");
      }
      entryPlatform = entry.platform();
    }
    Manifest manifest = readDocument(chosen, Manifest.class);
    if (manifest.config() == null) {
      throw RegistryException.content(
          "MANIFEST_INVALID",
          "manifest "
              + chosen.descriptor().digest()
              + " of "
              + reference.canonical()
              + " has no config");
    }
    byte[] configBytes = fetchBlob(repository, manifest.config());
    ImageConfig config;
    try {
      config = ImageJson.read(configBytes, ImageConfig.class);
    } catch (IOException e) {
      throw RegistryException.content(
          "MANIFEST_INVALID",
          "the configuration of " + reference.canonical() + " is not JSON: " + e.getMessage());
    }
    dev.dfkit.build.image.Platform p = entryPlatform;
    if (p == null && config.os() != null && config.architecture() != null) {
      p = new dev.dfkit.build.image.Platform(config.architecture(), config.os(), config.variant());
    }
    Descriptor descriptor = p == null ? chosen.descriptor() : chosen.descriptor().withPlatform(p);
    return new ResolvedImage(
        reference, descriptor, manifest, chosen.bytes(), configBytes, config, index);
  }

  /**
   * Pulls an image for a platform into the store: the index (if the reference names one), the
   * platform's manifest, its configuration and its layers (layers already there are not fetched).
   * Returns the manifest's descriptor (with its platform), to tag in the store.
   */
  public Descriptor pull(ImageReference reference, Platform platform, ContentStore store)
      throws IOException {
    ResolvedImage image = resolve(reference, platform);
    String repository = reference.repository();
    for (Descriptor layer : image.manifest().layers()) {
      if (MediaTypes.DOCKER_LAYER_FOREIGN.equals(layer.mediaType())
          && !store.has(layer.digestValue())) {
        continue; // foreign layers (Windows base layers) are not served by the registry
      }
      pullBlob(repository, layer, store);
    }
    store.put(image.configBytes());
    origins.record(image.manifest().config().digestValue(), repository);
    store.put(image.manifestBytes());
    if (image.index().isPresent()) {
      store.put(image.index().get().bytes());
    }
    return image.manifestDescriptor();
  }

  /**
   * A manifest or index by tag or digest ({@code sha256:...}), exactly as the registry holds it.
   *
   * @throws RegistryException {@code manifest unknown: REPO:TAG not found in HOST} and the like
   */
  public PulledManifest pullManifest(String repository, String reference) throws IOException {
    return caller.call(
        new ManifestPuller(host.name(), repository, reference), List.of(Scope.pull(repository)));
  }

  /** Whether the repository has the blob ({@code HEAD}). */
  public boolean checkBlob(String repository, Digest digest) throws IOException {
    return caller.call(new BlobChecker(repository, digest), List.of(Scope.pull(repository)));
  }

  /**
   * Streams a blob into the store unless it is there already. The content is verified against the
   * descriptor's digest and size before it enters the store; a dropped connection is resumed with
   * {@code Range}; 429 and 5xx answers are retried.
   *
   * @return whether the blob was downloaded (false: the store had it)
   * @throws RegistryException on a digest mismatch (nothing is stored) or a refused request
   */
  public boolean pullBlob(String repository, Descriptor blob, ContentStore store)
      throws IOException {
    Digest digest = digestOf(blob);
    if (store.has(digest)) {
      origins.record(digest, repository);
      return false;
    }
    Path temp = Files.createTempFile(store.tmpDir(), "pull-", ".part");
    try {
      BlobSink sink = BlobSink.toFile(temp, digest, blob.size());
      try {
        caller.call(new BlobPuller(host.name(), repository, sink), List.of(Scope.pull(repository)));
      } finally {
        sink.close();
      }
      store.putFile(temp, digest);
    } finally {
      Files.deleteIfExists(temp);
    }
    origins.record(digest, repository);
    return true;
  }

  /** A small blob (an image configuration) into memory, verified against its digest. */
  public byte[] fetchBlob(String repository, Descriptor blob) throws IOException {
    if (blob.size() > MAX_CONFIG_SIZE) {
      throw RegistryException.content(
          "SIZE_INVALID",
          "blob "
              + blob.digest()
              + " ("
              + blob.size()
              + " bytes) is too large to read into memory");
    }
    BlobSink.Memory sink = BlobSink.toMemory(digestOf(blob), blob.size());
    caller.call(new BlobPuller(host.name(), repository, sink), List.of(Scope.pull(repository)));
    return sink.bytes();
  }

  // ---- push ------------------------------------------------------------------------------------

  /**
   * Pushes an image from the store to {@code target}: the blobs the repository lacks (mounted from
   * another repository of this registry when one is known to hold them, else uploaded: one PUT up
   * to {@link RegistryOptions#monolithicLimit}, chunks above), then the manifest with its media
   * type under the target's tag ({@code latest} when none). For an index, each of its manifests is
   * pushed first (by digest); every one must be in the store.
   *
   * @return the pushed manifest's descriptor (digest as the registry now holds it)
   */
  public Descriptor push(ImageReference target, Descriptor manifest, ContentStore store)
      throws IOException {
    checkRegistry(target);
    String repository = target.repository();
    origins.learnFromTags(store);
    byte[] bytes = pushContents(repository, manifest, store);
    String mediaType = mediaTypeOf(manifest, bytes);
    String reference = target.tag().orElse(target.digest().orElse("latest"));
    Digest pushed = putManifest(repository, reference, mediaType, bytes);
    if (target.digest().isPresent() && !target.digest().get().equals(pushed.toString())) {
      throw RegistryException.content(
          "DIGEST_INVALID",
          "the manifest pushed to " + target.canonical() + " has digest " + pushed);
    }
    return Descriptor.of(mediaType, pushed, bytes.length);
  }

  /**
   * Uploads one blob from the store unless the repository has it: {@code HEAD} first, then a
   * cross-repository mount when the blob is known to be in another repository of this registry
   * (falling back to an upload when the registry does not mount), else a monolithic or chunked
   * upload. An upload whose connection fails starts over.
   *
   * @return whether anything was sent (false: the repository had the blob)
   */
  public boolean pushBlob(String repository, Descriptor blob, ContentStore store)
      throws IOException {
    Digest digest = digestOf(blob);
    if (!store.has(digest)) {
      throw new RegistryException(
          "blob "
              + digest
              + " is not in the content store "
              + store.root()
              + "; cannot push it to "
              + host.name()
              + "/"
              + repository);
    }
    long size = store.size(digest);
    List<Scope> scopes = List.of(Scope.pullPush(repository));
    for (int attempt = 1; ; attempt++) {
      if (caller.call(new BlobChecker(repository, digest), scopes)) {
        origins.record(digest, repository);
        return false;
      }
      try {
        upload(repository, digest, size, store.path(digest), scopes);
        origins.record(digest, repository);
        return true;
      } catch (RegistryException e) {
        if (!e.isTransportFailure() || attempt >= options.maxAttempts()) {
          throw e;
        }
      }
    }
  }

  /** Notes that {@code repository} of this registry holds {@code blob}, so pushes can mount it. */
  public void recordOrigin(String repository, Digest blob) {
    origins.record(blob, repository);
  }

  /**
   * Puts a manifest or index under a tag or digest, with {@code mediaType} as its {@code
   * Content-Type}; the blobs (or manifests) it refers to must be in the repository already.
   */
  public Digest putManifest(String repository, String reference, String mediaType, byte[] bytes)
      throws IOException {
    return caller.call(
        new ManifestPusher(host.name(), repository, reference, mediaType, bytes),
        List.of(Scope.pullPush(repository)));
  }

  private void upload(String repository, Digest digest, long size, Path file, List<Scope> scopes)
      throws IOException {
    UploadStarter.Started started = null;
    Optional<String> from = origins.mountSource(digest, repository);
    if (from.isPresent()) {
      try {
        started =
            caller.call(
                new UploadStarter(host.name(), repository, Optional.of(digest), from),
                List.of(Scope.pullPush(repository), Scope.pull(from.get())));
      } catch (RegistryException e) {
        if (!e.isUnauthorized()) {
          throw e;
        }
        // no pull access to the source repository: upload instead
      }
      if (started != null && started.mounted()) {
        return;
      }
    }
    if (started == null) {
      started = caller.call(new UploadStarter(host.name(), repository), scopes);
    }
    if (size <= options.monolithicLimit()) {
      caller.call(
          new UploadFinisher(repository, started.location(), digest, Optional.of(file)), scopes);
      return;
    }
    long chunk = Math.max(options.chunkSize(), started.minChunk());
    URI location = started.location();
    for (long offset = 0; offset < size; offset += chunk) {
      long length = Math.min(chunk, size - offset);
      location =
          caller.call(
              new BlobChunkPusher(host.name(), repository, location, file, offset, length), scopes);
    }
    caller.call(new UploadFinisher(repository, location, digest, Optional.empty()), scopes);
  }

  /** Pushes what a manifest or index refers to; returns its bytes. */
  private byte[] pushContents(String repository, Descriptor descriptor, ContentStore store)
      throws IOException {
    byte[] bytes = readFromStore(store, descriptor, repository);
    String mediaType = mediaTypeOf(descriptor, bytes);
    if (MediaTypes.isIndex(mediaType)) {
      ImageIndex index = ImageJson.read(bytes, ImageIndex.class);
      for (Descriptor child : index.manifests()) {
        byte[] childBytes = pushContents(repository, child, store);
        putManifest(repository, child.digest(), mediaTypeOf(child, childBytes), childBytes);
      }
      return bytes;
    }
    Manifest manifest = ImageJson.read(bytes, Manifest.class);
    if (manifest.config() != null) {
      pushBlob(repository, manifest.config(), store);
    }
    for (Descriptor layer : manifest.layers()) {
      if (MediaTypes.DOCKER_LAYER_FOREIGN.equals(layer.mediaType())
          && !store.has(digestOf(layer))) {
        continue;
      }
      pushBlob(repository, layer, store);
    }
    return bytes;
  }

  private byte[] readFromStore(ContentStore store, Descriptor d, String repository)
      throws IOException {
    try {
      return store.read(digestOf(d));
    } catch (NoSuchFileException e) {
      String platform =
          d.platform() == null
              ? ""
              : " ("
                  + d.platform().os()
                  + "/"
                  + d.platform().architecture()
                  + (d.platform().variant() == null ? "" : "/" + d.platform().variant())
                  + ")";
      throw new RegistryException(
          "manifest "
              + d.digest()
              + platform
              + " is not in the content store "
              + store.root()
              + "; cannot push it to "
              + host.name()
              + "/"
              + repository);
    }
  }

  private static String mediaTypeOf(Descriptor d, byte[] bytes) throws RegistryException {
    if (d.mediaType() != null && !d.mediaType().isEmpty()) {
      return d.mediaType();
    }
    return PulledManifest.mediaTypeOf(bytes, Optional.empty(), "manifest " + d.digest());
  }

  private static <T> T readDocument(PulledManifest m, Class<T> type) throws RegistryException {
    try {
      return ImageJson.read(m.bytes(), type);
    } catch (IOException e) {
      throw RegistryException.content(
          "MANIFEST_INVALID",
          "manifest " + m.descriptor().digest() + " cannot be read: " + e.getMessage());
    }
  }

  private static Digest digestOf(Descriptor d) throws RegistryException {
    try {
      return d.digestValue();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw RegistryException.content(
          "DIGEST_INVALID", "unsupported digest " + d.digest() + " (dfbuild reads sha256 only)");
    }
  }

  private static String referenceOf(ImageReference reference) {
    return reference.digest().orElseGet(() -> reference.tag().orElse("latest"));
  }

  private void checkRegistry(ImageReference reference) {
    String registry = RegistryHost.of(reference.domain(), options.insecureHosts()).name();
    if (!registry.equals(host.name())) {
      throw new IllegalArgumentException(
          reference.canonical() + " is on " + registry + ", not on " + host.name());
    }
  }
}
