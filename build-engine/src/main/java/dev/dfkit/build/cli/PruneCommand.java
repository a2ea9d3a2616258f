package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.cli.ExitCode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dfbuild prune}: free what no tagged image needs. */
@Command(
    name = "prune",
    mixinStandardHelpOptions = true,
    description =
        "Remove the build cache, blobs and unpacked layers no tagged image uses, and snapshots"
            + " left by an interrupted build.")
final class PruneCommand implements Callable<Integer> {
  @ParentCommand DfbuildCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--keep-cache", description = "Keep the build cache (and the layers it uses).")
  boolean keepCache;

  @Override
  public Integer call() {
    try (BuildEngine engine = Engines.open(parent.root, parent.insecureRegistries)) {
      BuildEngine.PruneReport r = engine.prune(keepCache);
      spec.commandLine()
          .getOut()
          .printf(
              "Deleted %d cache entries, %d blobs (%s), %d snapshots and unpacked layers%n",
              r.cacheEntries(), r.blobs(), ImagesCommand.size(r.bytes()), r.snapshots().size());
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("dfbuild prune: " + DfbuildCommand.reason(e));
      return ExitCode.USAGE;
    }
  }
}
