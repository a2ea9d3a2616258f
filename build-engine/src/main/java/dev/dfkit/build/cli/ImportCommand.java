package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.cli.ExitCode;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dfbuild import ROOTFS NAME}: a root filesystem becomes a one-layer image. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Make a one-layer image from a root filesystem tar (plain or gzip) or directory, like"
            + " docker import.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand DfbuildCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROOTFS", description = "A tar file or a directory.")
  Path rootfs;

  @Parameters(index = "1", paramLabel = "NAME[:TAG]", description = "The image name.")
  String name;

  @Option(names = "--platform", paramLabel = "OS/ARCH", description = "Default: this machine's.")
  String platform;

  @Override
  public Integer call() {
    Platform p = Platform.host();
    if (platform != null) {
      var parsed = Platform.parse(platform);
      if (parsed.isEmpty()) {
        spec.commandLine().getErr().println("dfbuild import: invalid --platform " + platform);
        return ExitCode.USAGE;
      }
      p = parsed.get();
    }
    try (BuildEngine engine = Engines.open(parent.root, parent.insecureRegistries)) {
      var imported = engine.importRootfs(rootfs, name, p);
      spec.commandLine().getOut().println(imported.manifest().digest());
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("dfbuild import: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("dfbuild import: " + rootfs + ": " + DfbuildCommand.reason(e));
      return ExitCode.USAGE;
    }
  }
}
