package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.cli.ExitCode;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dfbuild inspect NAME}: manifest and configuration as JSON. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Print a stored image's manifest and configuration as JSON.")
final class InspectCommand implements Callable<Integer> {
  @ParentCommand DfbuildCommand parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The image.")
  String name;

  @Override
  public Integer call() {
    try (BuildEngine engine = Engines.open(parent.root, parent.insecureRegistries)) {
      spec.commandLine().getOut().println(engine.inspect(name, Platform.host()));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("dfbuild inspect: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException e) {
      spec.commandLine().getErr().println("dfbuild inspect: " + DfbuildCommand.reason(e));
      return ExitCode.FINDINGS;
    }
  }
}
