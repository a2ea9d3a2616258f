package dev.dfkit.build.worker;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.copy.ContextHasher;
import dev.dfkit.build.copy.CopyEngine;
import dev.dfkit.build.copy.CopyRequest;
import dev.dfkit.build.copy.FileMode;
import dev.dfkit.build.copy.Ownership;
import dev.dfkit.build.copy.UrlSource;
import dev.dfkit.build.copy.UserDatabase;
import dev.dfkit.build.exec.ExecResult;
import dev.dfkit.build.exec.NetworkMode;
import dev.dfkit.build.exec.RuncExecutor;
import dev.dfkit.build.exec.RuntimeSpec;
import dev.dfkit.build.exec.RuntimeSpecBuilder;
import dev.dfkit.build.exec.UserResolver;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.InlineFile;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.layer.FileTrees;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.layer.LayerWriter;
import dev.dfkit.build.layer.RootPath;
import dev.dfkit.build.registry.Registries;
import dev.dfkit.build.snapshot.Snapshot;
import dev.dfkit.build.snapshot.Snapshotter;
import dev.dfkit.build.solve.StepFailedException;
import dev.dfkit.build.solve.Worker;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.image.ImageReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The worker of a real build: layers are unpacked once into the {@link Snapshotter}, each step gets
 * a fresh overlay snapshot over its parent's chain, RUN runs there in runc, COPY and ADD write
 * there with the {@link CopyEngine}, and the snapshot's upper directory becomes the new layer (then
 * kept as that layer's unpacked form). Every snapshot is released however the step ends.
 */
public final class RuncWorker implements Worker {
  /**
   * Layers are stored as plain tars: gzip would cost ten times the writing, on every step of every
   * build; exports and pushes compress each layer once (CompressedImage).
   */
  private static final LayerWriter LAYERS = LayerWriter.builder().uncompressed().build();

  private final ContentStore store;
  private final Snapshotter snapshots;
  private final RuncExecutor runc;
  private final Supplier<Registries> registries;
  private final Path contextDir;
  private final DockerIgnore ignore;
  private final ContextHasher hasher;
  private final Downloads downloads;
  private final Path scratch;

  /**
   * @param hasher digests of context files (a memo the engine keeps between builds)
   * @param scratch a directory for per-step files (heredoc scripts), on the store's file system
   */
  public RuncWorker(
      ContentStore store,
      Snapshotter snapshots,
      RuncExecutor runc,
      Supplier<Registries> registries,
      Path contextDir,
      DockerIgnore ignore,
      ContextHasher hasher,
      Path scratch) {
    this.store = store;
    this.hasher = hasher;
    this.snapshots = snapshots;
    this.runc = runc;
    this.registries = registries;
    this.contextDir = contextDir;
    this.ignore = ignore;
    this.scratch = scratch;
    this.downloads = new Downloads(scratch);
  }

  @Override
  public void fetch(ImageOp image, Consumer<String> log) throws IOException {
    ImageReference ref =
        ImageReference.parse(image.reference())
            .orElseThrow(() -> new IOException("invalid image reference " + image.reference()));
    for (Layer l : image.layers()) {
      if (!store.has(l.digest())) {
        log.accept("pulling " + l.digest() + " (" + l.size() + " bytes)");
        registries.get().client(ref).pullBlob(ref.repository(), l.blob(), store);
      }
    }
  }

  @Override
  public boolean hasBlobs(List<Layer> chain) {
    for (Layer l : chain) {
      if (!store.has(l.digest())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Digest> contentDigest(CopyOp op) throws IOException {
    MessageDigest sha = sha256();
    boolean any = false;
    List<String> paths = contextPaths(op);
    if (!op.fromInput() && !paths.isEmpty()) {
      Digest d = hasher.digest(request(op, contextDir, paths, false, Optional.empty()).build());
      sha.update(d.toString().getBytes(StandardCharsets.UTF_8));
      any = true;
    }
    for (CopySource s : op.sources()) {
      if (s instanceof CopySource.Url url) {
        Downloads.Downloaded file = downloads.fetch(url);
        sha.update(file.digest().toString().getBytes(StandardCharsets.UTF_8));
        any = true;
      }
    }
    return any
        ? Optional.of(new Digest("sha256", HexFormat.of().formatHex(sha.digest())))
        : Optional.empty();
  }

  @Override
  public Layer exec(ExecOp op, List<Layer> parent, Consumer<String> log)
      throws IOException, StepFailedException {
    Snapshot snap = snapshots.prepare(unpacked(parent));
    Path scripts = null;
    try {
      Path rootfs = snap.mountpoint();
      RuntimeSpecBuilder spec =
          RuntimeSpecBuilder.builder()
              .args(op.args())
              .env(op.env())
              .user(UserResolver.resolve(rootfs, op.user()))
              .workdir(op.cwd())
              .network(NetworkMode.parse(op.network()));
      if (!op.scripts().isEmpty()) {
        scripts = Files.createTempDirectory(scratch, "scripts-");
        for (InlineFile f : op.scripts()) {
          Path file = scripts.resolve(f.name());
          Files.writeString(file, f.content());
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        spec.bindReadOnly(scripts, ExecOp.SCRIPT_DIR);
      }
      RuntimeSpec runtime = spec.build(rootfs);
      ExecResult result;
      try {
        result = runc.run(runtime, rootfs, (stream, line) -> log.accept(line), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (!result.succeeded()) {
        throw new StepFailedException(
            result.failureMessage(op.args()).lines().findFirst().orElse(""),
            result.exitCode(),
            result.lastLines());
      }
      return commit(snap);
    } finally {
      if (scripts != null) {
        FileTrees.delete(scripts);
      }
      snapshots.release(snap);
    }
  }

  @Override
  public Layer copy(CopyOp op, List<Layer> parent, List<Layer> source) throws IOException {
    Snapshot snap = snapshots.prepare(unpacked(parent));
    Snapshot from = null;
    Path inline = null;
    try {
      Path target = snap.mountpoint();
      Optional<Ownership> chown =
          op.chown() == null
              ? Optional.empty()
              : Optional.of(UserDatabase.resolve(target, op.chown()));
      // Sources in the order written: paths (from the context or the --from stage), downloads,
      // heredocs. Each group is one CopyRequest, as BuildKit makes one copy action per source.
      List<String> paths = contextPaths(op);
      if (!paths.isEmpty()) {
        Path sourceRoot = contextDir;
        if (op.fromInput()) {
          from = snapshots.prepare(unpacked(source));
          sourceRoot = from.mountpoint();
        }
        CopyEngine.copy(request(op, sourceRoot, paths, op.fromInput(), chown).build(), target);
      }
      for (CopySource s : op.sources()) {
        if (s instanceof CopySource.Url url) {
          Downloads.Downloaded file = downloads.fetch(url);
          CopyEngine.copy(
              UrlSource.request(
                  file.directory(),
                  file.name(),
                  op.destination(),
                  "/",
                  chown,
                  Optional.ofNullable(op.chmod()).map(FileMode::parse),
                  op.add() ? Optional.of(false) : Optional.empty()),
              target);
        }
      }
      List<InlineFile> docs = new ArrayList<>();
      for (CopySource s : op.sources()) {
        if (s instanceof CopySource.Inline i) {
          docs.add(i.file());
        }
      }
      if (!docs.isEmpty()) {
        inline = Files.createTempDirectory(scratch, "heredoc-");
        List<String> names = new ArrayList<>();
        for (InlineFile f : docs) {
          Path file = inline.resolve(f.name());
          Files.writeString(file, f.content());
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
          names.add(UrlSource.literal(f.name()));
        }
        CopyRequest.Builder b =
            CopyRequest.copy(inline, op.destination(), names.toArray(String[]::new)).workdir("/");
        chown.ifPresent(b::chown);
        if (op.chmod() != null) {
          b.chmod(op.chmod());
        }
        CopyEngine.copy(b.build(), target);
      }
      return commit(snap);
    } finally {
      if (inline != null) {
        FileTrees.delete(inline);
      }
      if (from != null) {
        snapshots.release(from);
      }
      snapshots.release(snap);
    }
  }

  @Override
  public Layer mkdir(MkdirOp op, List<Layer> parent) throws IOException {
    Snapshot snap = snapshots.prepare(unpacked(parent));
    try {
      Path root = snap.mountpoint();
      UserResolver.ResolvedUser user = UserResolver.resolve(root, op.user());
      makeDirectories(root, op.path(), user);
      return commit(snap);
    } finally {
      snapshots.release(snap);
    }
  }

  /** Creates each missing directory of {@code path} inside {@code root}, mode 0755, owned. */
  private static void makeDirectories(Path root, String path, UserResolver.ResolvedUser user)
      throws IOException {
    String walked = "";
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      walked = walked + "/" + part;
      Path dir = RootPath.resolve(root, walked);
      if (Files.isDirectory(dir)) {
        continue;
      }
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("mkdir " + walked + ": not a directory");
      }
      Files.createDirectory(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setAttribute(dir, "unix:uid", (int) user.uid(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(dir, "unix:gid", (int) user.gid(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  private Layer commit(Snapshot snap) throws IOException {
    Path upper = snapshots.commit(snap);
    Layer layer = LAYERS.write(upper, store);
    snapshots.adopt(snap, layer.diffId());
    return layer;
  }

  /**
   * The chain's layer directories, bottom first. A layer that occurs twice (two steps that changed
   * the same files the same way, or two empty layers) is kept only at its top occurrence: overlayfs
   * refuses a directory twice among its lowers (ELOOP), and the lower copy can add nothing the
   * upper one does not already cover.
   */
  private List<Path> unpacked(List<Layer> chain) throws IOException {
    List<Path> dirs = new ArrayList<>();
    java.util.Set<Digest> seen = new java.util.HashSet<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Layer l = chain.get(i);
      if (seen.add(l.diffId())) {
        dirs.add(snapshots.layer(store, l.blob(), l.diffId()));
      }
    }
    java.util.Collections.reverse(dirs);
    return dirs;
  }

  private static List<String> contextPaths(CopyOp op) {
    List<String> out = new ArrayList<>();
    for (CopySource s : op.sources()) {
      if (s instanceof CopySource.Path p) {
        out.add(p.path());
      }
    }
    return out;
  }

  private CopyRequest.Builder request(
      CopyOp op,
      Path sourceRoot,
      List<String> paths,
      boolean fromStage,
      Optional<Ownership> chown) {
    CopyRequest.Builder b =
        op.add()
            ? CopyRequest.add(sourceRoot, op.destination(), paths.toArray(String[]::new))
            : CopyRequest.copy(sourceRoot, op.destination(), paths.toArray(String[]::new));
    b.workdir("/");
    chown.ifPresent(b::chown);
    if (op.chmod() != null) {
      b.chmod(op.chmod());
    }
    if (op.parents()) {
      b.parents();
    }
    if (!op.excludes().isEmpty()) {
      b.exclude(op.excludes().toArray(String[]::new));
    }
    if (op.add()) {
      b.unpack(op.unpack());
    }
    if (fromStage) {
      b.fromStage();
    } else {
      b.ignore(ignore);
    }
    return b;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
