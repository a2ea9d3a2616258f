package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.cli.ExitCode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dfbuild rm NAME...}: untag images (their blobs go at the next prune). */
@Command(
    name = "rm",
    aliases = "rmi",
    mixinStandardHelpOptions = true,
    description = "Remove image names from the local store; 'dfbuild prune' frees the space.")
final class RmCommand implements Callable<Integer> {
  @ParentCommand DfbuildCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Images to remove.")
  List<String> names;

  @Override
  public Integer call() {
    int code = ExitCode.OK;
    try (BuildEngine engine = Engines.open(parent.root, parent.insecureRegistries)) {
      for (String name : names) {
        try {
          if (engine.remove(name)) {
            spec.commandLine().getOut().println("Untagged: " + name);
          } else {
            spec.commandLine().getErr().println("dfbuild rm: no such image: " + name);
            code = ExitCode.FINDINGS;
          }
        } catch (IllegalArgumentException e) {
          spec.commandLine().getErr().println("dfbuild rm: " + e.getMessage());
          code = ExitCode.USAGE;
        }
      }
      spec.commandLine().getOut().flush();
      return code;
    } catch (IOException e) {
      spec.commandLine().getErr().println("dfbuild rm: " + DfbuildCommand.reason(e));
      return ExitCode.USAGE;
    }
  }
}
