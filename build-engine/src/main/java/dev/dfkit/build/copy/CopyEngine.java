package dev.dfkit.build.copy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Carries out the file side of COPY and ADD with Docker BuildKit's semantics: reads the sources
 * from the request's source root and writes them into {@code targetRoot} (the prepared overlay of
 * the stage's file system). It never mounts anything and never writes outside {@code targetRoot}.
 *
 * <p>The rules, in BuildKit's terms:
 *
 * <ul>
 *   <li>Sources are cleaned below the source root; a {@code ..} that climbs out is an error.
 *       Wildcards match per path segment; a wildcard that matches nothing copies nothing, a literal
 *       source that does not exist (or that the ignore file excludes) is {@code failed to compute
 *       cache key: "/x": not found}. Symbolic links on a source path are followed.
 *   <li>A directory source copies its contents; anything else goes to {@code dest/<name>} when the
 *       destination is a directory (written with a trailing {@code /}, or existing as one, or when
 *       the COPY copies several things), else to {@code dest} itself. Missing parents of the
 *       destination are created ({@code 0755}, or the {@code --chmod}, owned by the {@code
 *       --chown}).
 *   <li>ADD unpacks a local tar archive (plain, gzip, bzip2, xz or zstd, recognised by content)
 *       into the destination directory unless {@code --unpack=false}.
 * </ul>
 *
 * <p>Everything that can fail because of the sources fails before anything is written.
 */
public final class CopyEngine {

  private CopyEngine() {}

  /** Runs one COPY or ADD. */
  public static CopyResult copy(CopyRequest request, Path targetRoot) throws IOException {
    Path target = targetRoot.toAbsolutePath().normalize();
    SourceTree tree =
        new SourceTree(
            request.sourceRoot().toAbsolutePath().normalize(),
            request.ignore(),
            request.sourceKind());
    if (FileStat.lstat(tree.root) == null) {
      throw CopyException.notFound("/");
    }
    List<SourcePlan.Source> plan = SourcePlan.plan(request, tree);
    Destination destination = Destination.of(request.destination(), request.workdir());
    int count = plan.stream().mapToInt(s -> s.items().size()).sum();
    boolean intoDirectory = destination.directory() || count > 1;

    Tally tally = new Tally();
    TargetFiles files = new TargetFiles(target, tally);
    SourceWalker walker = new SourceWalker(tree, SourcePlan.excludes(request));
    Ownership owner = request.chown().orElse(null);
    int createdMode = request.chmod().map(FileMode::createdDirectoryMode).orElse(0755);
    for (SourcePlan.Source source : plan) {
      for (SourcePlan.Item item : source.items()) {
        tally.items.add(item.matched());
        FileStat stat = item.resolved().stat();
        if (request.unpacksArchives()
            && stat.isRegular()
            && Archives.isArchive(item.resolved().host())) {
          Path into = files.mkdirAll(destination.path(), 0755, owner);
          ArchiveUnpacker.unpack(
              item.resolved().host(),
              PathText.display(item.matched()),
              into,
              request.chown(),
              files);
          continue;
        }
        files.mkdirAll(
            intoDirectory ? destination.path() : destination.parent(), createdMode, owner);
        RootedPath.Resolved dest = RootedPath.resolveClamped(target, destination.path(), true);
        Path itemTarget;
        if (stat.isDirectory()) {
          if (!dest.exists()) {
            files.mkdirAll(dest.relative(), createdMode, owner);
          }
          itemTarget = dest.host();
        } else {
          if (dest.exists() && dest.stat().isDirectory()) {
            itemTarget = dest.host().resolve(PathText.base(item.matched()));
          } else {
            itemTarget = dest.host();
            String parent =
                dest.relative().contains("/")
                    ? dest.relative().substring(0, dest.relative().lastIndexOf('/'))
                    : "";
            files.mkdirAll(parent, createdMode, owner);
          }
        }
        walker.walk(item, new TreeCopier(files, request, itemTarget));
      }
    }
    return tally.result();
  }
}
