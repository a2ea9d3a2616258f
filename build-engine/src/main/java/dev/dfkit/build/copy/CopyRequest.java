package dev.dfkit.build.copy;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One COPY or ADD, after variable expansion, as the solver hands it to {@link CopyEngine} and
 * {@link ContextHasher}.
 *
 * @param sourceRoot the directory the sources are read from: the build context or a stage's root
 * @param sources the sources as written (after expansion), relative to {@code sourceRoot}; a
 *     leading {@code /} also means {@code sourceRoot}; wildcards ({@code * ? [...]}, {@code \}
 *     escapes) match with Go's {@code filepath.Match}, segment by segment
 * @param destination as written: absolute, or relative to {@code workdir}; a trailing {@code /} (or
 *     {@code .}, or nothing) makes it a directory
 * @param workdir the stage's working directory (absolute; empty means {@code /})
 * @param chown the resolved {@code --chown} (see {@link UserDatabase}); empty keeps BuildKit's
 *     default for the {@code sourceKind}
 * @param chmod the {@code --chmod} (see {@link FileMode#parse})
 * @param parents {@code --parents}: keep each source's path below the {@code /./} pivot (or the
 *     whole path)
 * @param excludes {@code --exclude} patterns, matched below each source
 * @param add whether this is ADD (local archives are unpacked unless {@code unpack} says no)
 * @param unpack {@code --unpack}; empty means "ADD's default" (unpack local archives)
 * @param ignore the context's ignore file; {@link DockerIgnore#empty()} for stages
 * @param sourceKind whether {@code sourceRoot} is the build context or a stage
 */
public record CopyRequest(
    Path sourceRoot,
    List<String> sources,
    String destination,
    String workdir,
    Optional<Ownership> chown,
    Optional<FileMode> chmod,
    boolean parents,
    List<String> excludes,
    boolean add,
    Optional<Boolean> unpack,
    DockerIgnore ignore,
    SourceKind sourceKind) {

  public CopyRequest {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    sources = List.copyOf(sources);
    Objects.requireNonNull(destination, "destination");
    workdir = workdir == null ? "" : workdir;
    chown = chown == null ? Optional.empty() : chown;
    chmod = chmod == null ? Optional.empty() : chmod;
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    unpack = unpack == null ? Optional.empty() : unpack;
    ignore = ignore == null ? DockerIgnore.empty() : ignore;
    Objects.requireNonNull(sourceKind, "sourceKind");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("COPY needs at least one source");
    }
  }

  /** The request as the brief names it, reading from the build context. */
  public CopyRequest(
      Path sourceRoot,
      List<String> sources,
      String destination,
      String workdir,
      Optional<Ownership> chown,
      Optional<FileMode> chmod,
      boolean parents,
      List<String> excludes,
      boolean add,
      Optional<Boolean> unpack,
      DockerIgnore ignore) {
    this(
        sourceRoot,
        sources,
        destination,
        workdir,
        chown,
        chmod,
        parents,
        excludes,
        add,
        unpack,
        ignore,
        SourceKind.CONTEXT);
  }

  /** Starts a COPY from the build context; {@link Builder#fromStage()} switches the kind. */
  public static Builder copy(Path sourceRoot, String destination, String... sources) {
    return new Builder(sourceRoot, destination, List.of(sources), false);
  }

  /** Starts an ADD from the build context. */
  public static Builder add(Path sourceRoot, String destination, String... sources) {
    return new Builder(sourceRoot, destination, List.of(sources), true);
  }

  /** Whether local archives are unpacked: ADD without {@code --unpack=false}. */
  public boolean unpacksArchives() {
    return add && unpack.orElse(true);
  }

  /** The instruction's name for messages. */
  String instruction() {
    return add ? "ADD" : "COPY";
  }

  /** Fluent construction for callers and tests. */
  public static final class Builder {
    private final Path sourceRoot;
    private final String destination;
    private final List<String> sources;
    private final boolean add;
    private String workdir = "/";
    private Optional<Ownership> chown = Optional.empty();
    private Optional<FileMode> chmod = Optional.empty();
    private boolean parents;
    private final List<String> excludes = new ArrayList<>();
    private Optional<Boolean> unpack = Optional.empty();
    private DockerIgnore ignore = DockerIgnore.empty();
    private SourceKind kind = SourceKind.CONTEXT;

    private Builder(Path sourceRoot, String destination, List<String> sources, boolean add) {
      this.sourceRoot = sourceRoot;
      this.destination = destination;
      this.sources = sources;
      this.add = add;
    }

    public Builder workdir(String workdir) {
      this.workdir = workdir;
      return this;
    }

    public Builder chown(Ownership owner) {
      this.chown = Optional.of(owner);
      return this;
    }

    public Builder chown(int uid, int gid) {
      return chown(new Ownership(uid, gid));
    }

    /** {@code --chmod} as written; throws with BuildKit's message when invalid. */
    public Builder chmod(String mode) {
      this.chmod = Optional.of(FileMode.parse(mode));
      return this;
    }

    public Builder parents() {
      this.parents = true;
      return this;
    }

    public Builder exclude(String... patterns) {
      excludes.addAll(List.of(patterns));
      return this;
    }

    public Builder unpack(boolean unpack) {
      this.unpack = Optional.of(unpack);
      return this;
    }

    public Builder ignore(DockerIgnore ignore) {
      this.ignore = ignore;
      return this;
    }

    /** Reads from a stage's root file system instead of the build context. */
    public Builder fromStage() {
      this.kind = SourceKind.STAGE;
      return this;
    }

    public CopyRequest build() {
      return new CopyRequest(
          sourceRoot,
          sources,
          destination,
          workdir,
          chown,
          chmod,
          parents,
          excludes,
          add,
          unpack,
          ignore,
          kind);
    }
  }
}
