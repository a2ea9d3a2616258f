package dev.dfkit.build.engine;

import dev.dfkit.build.cache.BuildCache;
import dev.dfkit.build.cache.CachedResult;
import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.copy.ContextHasher;
import dev.dfkit.build.exec.RuncExecutor;
import dev.dfkit.build.export.CompressedImage;
import dev.dfkit.build.export.FilesystemExporter;
import dev.dfkit.build.export.ImageCommitter;
import dev.dfkit.build.export.ImageExporter;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.build.layer.FileTrees;
import dev.dfkit.build.layer.ImageImporter;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.plan.BuildPlan;
import dev.dfkit.build.plan.ImageResolver;
import dev.dfkit.build.plan.PlanException;
import dev.dfkit.build.plan.Planner;
import dev.dfkit.build.progress.Progress;
import dev.dfkit.build.registry.Registries;
import dev.dfkit.build.registry.RegistryOptions;
import dev.dfkit.build.snapshot.Snapshotter;
import dev.dfkit.build.solve.BuildFailedException;
import dev.dfkit.build.solve.Solver;
import dev.dfkit.build.worker.RuncWorker;
import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.IgnoreFileLocator;
import dev.dfkit.parser.image.ImageReference;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * dfbuild as a library: one state directory, builds and the store commands. The {@code dfbuild} CLI
 * and the integration tests both drive this class.
 */
public final class BuildEngine implements AutoCloseable {
  private final StateDirectory state;
  private final ContentStore store;
  private final BuildCache cache;
  private final Snapshotter snapshots;
  private final RegistryOptions registryOptions;
  private volatile Solver running;
  private volatile boolean cancelled;

  private BuildEngine(
      StateDirectory state,
      ContentStore store,
      BuildCache cache,
      Snapshotter snapshots,
      RegistryOptions registryOptions) {
    this.state = state;
    this.store = store;
    this.cache = cache;
    this.snapshots = snapshots;
    this.registryOptions = registryOptions;
  }

  public static BuildEngine open(Path root, RegistryOptions registryOptions) throws IOException {
    StateDirectory state = StateDirectory.at(root);
    ContentStore store = ContentStore.open(state.root());
    return new BuildEngine(
        state,
        store,
        BuildCache.open(state.cache()),
        Snapshotter.open(state.root()),
        registryOptions);
  }

  public ContentStore store() {
    return store;
  }

  public StateDirectory state() {
    return state;
  }

  /**
   * Stops a build running in another thread (Ctrl-C): running steps are interrupted and clean up
   * (containers killed, snapshots unmounted); {@link #build} then fails.
   */
  public void cancel() {
    cancelled = true;
    Solver s = running;
    if (s != null) {
      s.cancel();
    }
  }

  /** What a build made. */
  /**
   * What a build made. {@code image} is the image as stored here (plain-tar layers); {@code pushed}
   * maps each pushed name to its manifest digest in the registry, which differs because registries
   * get gzip layers.
   */
  public record BuildResult(
      BuildPlan plan,
      ImageCommitter.Committed image,
      List<Layer> layers,
      List<String> tags,
      Map<String, Digest> pushed) {}

  /**
   * Builds {@code dockerfile} (already parsed and checked by the caller) and writes the outputs.
   *
   * @throws PlanException when the Dockerfile cannot be built as written
   * @throws BuildFailedException when a step fails
   * @throws IOException for registry, store or output problems
   */
  public BuildResult build(Dockerfile dockerfile, BuildOptions options, Progress progress)
      throws PlanException, BuildFailedException, IOException {
    // Made on first use: most builds of stored images never talk to a registry, and an HTTP
    // client costs a tenth of a second to start.
    Supplier<Registries> registries =
        memoized(
            () -> new Registries(registryOptions.withInsecureHosts(options.insecureRegistries())));
    Path context = options.request().contextDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(context)) {
      throw new IOException("build context " + context + " is not a directory");
    }
    DockerIgnore ignore = DockerIgnore.empty();
    Optional<Path> ignoreFile =
        IgnoreFileLocator.locate(context, options.request().dockerfile().toAbsolutePath());
    if (ignoreFile.isPresent()) {
      ignore = DockerIgnore.parse(Files.readString(ignoreFile.get()));
    }
    ImageResolver resolver = resolver(registries, options.pull(), progress);
    BuildPlan plan = Planner.plan(dockerfile, options.request(), resolver);
    Optional<Instant> epoch = epoch(options.request().buildArgs());

    Path scratch = Files.createTempDirectory(store.tmpDir(), "build-");
    Solver.Solved solved;
    try {
      ContextHasher hasher = ContextHasher.load(state.contextDigests());
      RuncWorker worker =
          new RuncWorker(
              store,
              snapshots,
              new RuncExecutor(state.runs(), state.runs().resolve("runc")),
              registries,
              context,
              ignore,
              hasher,
              scratch);
      int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors());
      try (Solver solver = new Solver(worker, cache, progress, parallelism, epoch)) {
        running = solver;
        if (cancelled) {
          solver.cancel();
        }
        solved = solver.solve(plan.target().vertex());
      } finally {
        running = null;
        saveQuietly(hasher);
      }
    } finally {
      FileTrees.delete(scratch);
    }

    ImageCommitter.Committed image =
        ImageCommitter.commit(store, plan.target().config(), solved.chain(), epoch);
    for (String tag : options.tags()) {
      store.tag(tag, image.descriptor());
      progress.message("naming to " + tag + " done");
    }
    List<Layer> layers = solved.layers();
    Map<String, Digest> pushed = new LinkedHashMap<>();
    for (BuildOutput out : options.outputs()) {
      export(image, layers, out, options.tags(), registries, progress, pushed);
    }
    if (options.push()) {
      for (String tag : options.tags()) {
        pushed.put(tag, push(registries, tag, image, progress));
      }
    }
    return new BuildResult(plan, image, layers, options.tags(), Map.copyOf(pushed));
  }

  /** Writes one {@code --output}; tar types to {@code stdout} when they have no destination. */
  private void export(
      ImageCommitter.Committed image,
      List<Layer> layers,
      BuildOutput out,
      List<String> tags,
      Supplier<Registries> registries,
      Progress progress,
      Map<String, Digest> pushed)
      throws IOException {
    Optional<String> name = out.name().or(() -> tags.stream().findFirst());
    if (out.type().equals("oci") || out.type().equals("docker")) {
      image = CompressedImage.of(store, state.compressed(), image);
    }
    ImageExporter images = new ImageExporter(store);
    FilesystemExporter files = new FilesystemExporter(store);
    switch (out.type()) {
      case "oci" -> {
        if (out.dest().isEmpty()) {
          images.ociTar(image, name, stdout());
        } else if (Files.isDirectory(out.dest().get())) {
          images.ociDirectory(image, name, out.dest().get());
        } else {
          images.ociTar(image, name, out.dest().get());
        }
      }
      case "docker" -> {
        if (out.dest().isEmpty()) {
          images.dockerTar(image, name, stdout());
        } else {
          images.dockerTar(image, name, out.dest().get());
        }
      }
      case "local" -> files.toDirectory(layers, out.dest().get());
      case "tar" -> {
        if (out.dest().isEmpty()) {
          files.toTar(layers, stdout());
        } else {
          files.toTar(layers, out.dest().get());
        }
      }
      case "image" -> {
        if (out.name().isPresent()) {
          String canonical = ImageNames.canonical(out.name().get());
          store.tag(canonical, image.descriptor());
          if (out.push()) {
            pushed.put(canonical, push(registries, canonical, image, progress));
          }
        }
      }
      default -> throw new IOException("unknown output type " + out.type());
    }
    progress.message(
        "exported "
            + out.type()
            + out.dest().map(d -> " to " + d).orElse(out.toStdout() ? " to standard output" : ""));
  }

  private static OutputStream stdout() {
    // Not closed: the JVM owns System.out.
    return new java.io.FilterOutputStream(System.out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** Pushes the image (gzip layers) under {@code tag}; returns the manifest digest pushed. */
  private Digest push(
      Supplier<Registries> registries,
      String tag,
      ImageCommitter.Committed image,
      Progress progress)
      throws IOException {
    ImageReference ref =
        ImageReference.parse(tag).orElseThrow(() -> new IOException("invalid image name " + tag));
    int step = progress.started("pushing " + tag);
    long start = System.nanoTime();
    try {
      // Registries get gzip layers, as from docker push.
      Descriptor manifest = CompressedImage.of(store, state.compressed(), image).descriptor();
      registries.get().push(ref, manifest, store);
      progress.done(step, java.time.Duration.ofNanos(System.nanoTime() - start));
      return manifest.digestValue();
    } catch (IOException e) {
      progress.failed(step, java.time.Duration.ofNanos(System.nanoTime() - start), e.getMessage());
      throw e;
    }
  }

  /** Keeps the context digests for the next build; losing them only costs reading files again. */
  private void saveQuietly(ContextHasher hasher) {
    try {
      hasher.save(state.contextDigests());
    } catch (IOException e) {
      // the memo is an optimisation
    }
  }

  /**
   * Base images: the local store first (what {@code dfbuild import} or an earlier pull put there),
   * else the registry, whose manifest and config are then stored and tagged like {@code docker
   * pull}; with {@code --pull} the registry is asked first.
   */
  private ImageResolver resolver(Supplier<Registries> registries, boolean pull, Progress progress) {
    StoreImages local = new StoreImages(store);
    return (reference, platform) -> {
      if (!pull) {
        Optional<StoreImages.StoredImage> stored = local.find(reference, platform);
        if (stored.isPresent()) {
          return StoreImages.resolved(stored.get());
        }
      }
      ImageReference ref =
          ImageReference.parse(reference)
              .orElseThrow(() -> new IOException("invalid reference " + reference));
      int step = progress.started("[internal] load metadata for " + reference);
      long start = System.nanoTime();
      try {
        dev.dfkit.build.registry.ResolvedImage remote =
            registries.get().client(ref).resolve(ref, platform);
        store.put(remote.manifestBytes());
        store.put(remote.configBytes());
        if (ref.digest().isEmpty()) {
          store.tag(reference, remote.manifestDescriptor());
        }
        progress.done(step, java.time.Duration.ofNanos(System.nanoTime() - start));
        return StoreImages.resolved(local.read(reference, remote.manifestDescriptor(), platform));
      } catch (IOException e) {
        progress.failed(
            step, java.time.Duration.ofNanos(System.nanoTime() - start), e.getMessage());
        if (!pull) {
          throw e;
        }
        Optional<StoreImages.StoredImage> stored = local.find(reference, platform);
        if (stored.isPresent()) {
          progress.message("using the stored " + reference + ": " + e.getMessage());
          return StoreImages.resolved(stored.get());
        }
        throw e;
      }
    };
  }

  private static <T> Supplier<T> memoized(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }

  /** {@code SOURCE_DATE_EPOCH} from the build args: a fixed time for reproducible images. */
  private static Optional<Instant> epoch(Map<String, String> buildArgs) throws IOException {
    String v = buildArgs.get("SOURCE_DATE_EPOCH");
    if (v == null || v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.strip())));
    } catch (NumberFormatException e) {
      throw new IOException("invalid SOURCE_DATE_EPOCH " + v + ": expected seconds since 1970");
    }
  }

  // --- store commands ------------------------------------------------------------------------

  public List<StoreImages.StoredImage> images() throws IOException {
    return new StoreImages(store).list(Platform.host());
  }

  /** Untags {@code name}; its blobs stay until {@link #prune}. */
  public boolean remove(String name) throws IOException {
    return store.untag(ImageNames.canonical(name));
  }

  /** {@code docker import}: a root filesystem tar (or directory) as a one-layer image. */
  public ImageImporter.Imported importRootfs(Path rootfs, String name, Platform platform)
      throws IOException {
    ImageImporter importer = new ImageImporter(store);
    String canonical = ImageNames.canonical(name);
    dev.dfkit.build.image.Platform p = dev.dfkit.build.image.Platform.of(platform);
    return Files.isDirectory(rootfs)
        ? importer.importDirectory(rootfs, canonical, p, null)
        : importer.importTar(rootfs, canonical, p, null);
  }

  /** Manifest and config of a stored image, as one JSON document. */
  public String inspect(String name, Platform platform) throws IOException {
    String canonical = ImageNames.canonical(name);
    StoreImages.StoredImage image =
        new StoreImages(store)
            .find(canonical, platform)
            .orElseThrow(() -> new IOException("no such image: " + name));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Name", canonical);
    doc.put("Digest", image.descriptor().digest());
    doc.put("Id", image.configDigest().toString());
    doc.put("Size", image.size());
    doc.put("Manifest", image.manifest());
    doc.put("Config", image.config());
    return ImageJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  /** What {@link #prune} removed. */
  public record PruneReport(int cacheEntries, int blobs, long bytes, List<String> snapshots) {}

  /**
   * Removes what no tagged image needs: cache entries (unless {@code keepCache}), blobs, unpacked
   * layers, and snapshots a crashed build left behind.
   */
  public PruneReport prune(boolean keepCache) throws IOException {
    int entries = 0;
    Set<Digest> keep = new HashSet<>();
    Set<Digest> diffIds = new HashSet<>();
    for (Descriptor tagged : store.tags().values()) {
      keepManifest(tagged, keep, diffIds);
    }
    if (keepCache) {
      for (CachedResult r : cache.entries().values()) {
        for (CachedResult.CachedLayer l : r.layers()) {
          keep.add(l.blob().digestValue());
          diffIds.add(Digest.parse(l.diffId()));
        }
      }
    } else {
      entries = cache.clear();
    }
    int blobs = 0;
    long bytes = 0;
    for (Digest d : store.blobs()) {
      if (!keep.contains(d)) {
        bytes += store.size(d);
        store.delete(d);
        blobs++;
      }
    }
    // Unpacked layers are made again from their blobs when needed, so all unused ones go.
    List<String> removed = new ArrayList<>(snapshots.prune());
    snapshots.pruneLayers().forEach(p -> removed.add(p.toString()));
    return new PruneReport(entries, blobs, bytes, removed);
  }

  /** Marks a manifest (or index) and what it references as kept, with its layers' diff ids. */
  private void keepManifest(Descriptor d, Set<Digest> keep, Set<Digest> diffIds)
      throws IOException {
    Digest digest = d.digestValue();
    if (!keep.add(digest) || !store.has(digest)) {
      return;
    }
    if (MediaTypes.isIndex(d.mediaType())) {
      ImageIndex index = ImageJson.read(store.read(digest), ImageIndex.class);
      for (Descriptor m : index.manifests()) {
        keepManifest(m, keep, diffIds);
      }
      return;
    }
    Manifest manifest = ImageJson.read(store.read(digest), Manifest.class);
    Digest config = manifest.config().digestValue();
    keep.add(config);
    for (Descriptor l : manifest.layers()) {
      keep.add(l.digestValue());
    }
    if (store.has(config)) {
      ImageConfig c = ImageJson.read(store.read(config), ImageConfig.class);
      if (c.rootfs() != null && c.rootfs().diffIds() != null) {
        c.rootfs().diffIds().forEach(id -> diffIds.add(Digest.parse(id)));
      }
    }
  }

  @Override
  public void close() throws IOException {
    snapshots.close();
  }
}
