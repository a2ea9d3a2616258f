package dev.dfkit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The parts of a dfkit command's picocli model, built with picocli's programmatic API. The same
 * model from annotations cost every start ~30 ms: picocli reads them through reflection and the
 * dynamic proxies behind annotation instances, which no class-data archive keeps. After parsing,
 * each option holds its value ({@link OptionSpec#getValue()}).
 */
public final class CommandSpecs {
  private CommandSpecs() {}

  /**
   * A command that picocli calls once its arguments are parsed: the dfkit version, exit code {@link
   * ExitCode#USAGE} on a bad command line, options listed in the order they are added, help as wide
   * as the terminal.
   */
  public static CommandSpec command(
      String name, Callable<Integer> call, String[] description, String... exitCodes) {
    CommandSpec spec =
        CommandSpec.wrapWithoutInspection(call)
            .name(name)
            .versionProvider(new Version())
            .exitCodeOnInvalidInput(ExitCode.USAGE);
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(description)
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes));
    return spec;
  }

  /** The files a command works on: any number of {@code FILE|DIR|-}. */
  public static PositionalParamSpec inputs(String description) {
    return PositionalParamSpec.builder()
        .paramLabel("FILE|DIR|-")
        .arity("0..*")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description(description)
        .build();
  }

  /** An option that takes one value, given at most once. */
  public static OptionSpec value(String label, Class<?> type, String description, String... names) {
    return OptionSpec.builder(names).paramLabel(label).type(type).description(description).build();
  }

  /** An option with no value (or an attached {@code =true} / {@code =false}). */
  public static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).description(description).build();
  }

  /** A repeatable option whose values may also be given as one comma-separated list. */
  public static OptionSpec list(String label, String description, String... names) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .splitRegex(",")
        .description(description)
        .build();
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions}
   * does (that mixin is itself read from annotations); add them last, where the mixin lists them.
   */
  public static void addStandardHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .description("Print version information and exit.")
            .build());
  }

  public static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** The values of a repeatable option or of the inputs, none when not given. */
  public static List<String> values(ArgSpec arg) {
    List<String> values = arg.getValue();
    return values == null ? List.of() : values;
  }
}
