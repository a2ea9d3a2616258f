package dev.dfkit.lint.cli;

import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * dflint's command line: its options and usage text, declared with picocli's programmatic API, and
 * after parsing the values given. (Annotations would say the same, but picocli reads them through
 * reflection and the dynamic proxies behind annotation instances, ~30 ms of every start.)
 */
final class DflintOptions {

  private final PositionalParamSpec inputs =
      PositionalParamSpec.builder()
          .paramLabel("FILE|DIR|-")
          .arity("0..*")
          .type(List.class)
          .auxiliaryTypes(String.class)
          .description("Dockerfiles or directories to lint; '-' reads standard input.")
          .build();

  private final OptionSpec format =
      value(
          "FORMAT",
          "text, json, sarif, checkstyle, github, gnu or codeclimate (default: text).",
          "-f",
          "--format");

  private final OptionSpec config =
      OptionSpec.builder("-c", "--config")
          .paramLabel("FILE")
          .type(Path.class)
          .description(
              "Configuration file (default: the nearest .dflint.yaml, else .hadolint.yaml, above"
                  + " each file).")
          .build();

  private final OptionSpec context =
      OptionSpec.builder("--context")
          .paramLabel("DIR")
          .type(Path.class)
          .description("Build context directory (default: each Dockerfile's folder).")
          .build();

  private final OptionSpec fix =
      flag("Apply every safe fix in place and report what changed.", "--fix");

  private final OptionSpec diff =
      flag("With --fix: print a unified diff instead of writing.", "--diff");

  private final OptionSpec failureThreshold =
      value(
          "LEVEL",
          "error, warning, info, style or none: findings at or above it exit 1 (default: info).",
          "--failure-threshold");

  private final OptionSpec only =
      rules("Run only these rules (repeatable, comma-separated).", "--only");

  private final OptionSpec ignore =
      rules("Never run these rules (repeatable, comma-separated).", "--ignore");

  private final OptionSpec listRules = flag("List every rule and exit.", "--list-rules");

  private final OptionSpec explain =
      value("RULE", "Print a rule's documentation and exit.", "--explain");

  private final OptionSpec noColor =
      flag("No colours in text output (also: NO_COLOR set).", "--no-color");

  private final OptionSpec stdinFilename =
      value("NAME", "The name to show for standard input (default: -).", "--stdin-filename");

  /** What {@code mixinStandardHelpOptions} adds, written out (the mixin is read by reflection). */
  private final OptionSpec help =
      OptionSpec.builder("-h", "--help")
          .usageHelp(true)
          .type(boolean.class)
          .description("Show this help message and exit.")
          .build();

  private final OptionSpec version =
      OptionSpec.builder("-V", "--version")
          .versionHelp(true)
          .type(boolean.class)
          .description("Print version information and exit.")
          .build();

  private final CommandSpec spec;

  /** The command line of {@code command}, which picocli calls once the arguments are parsed. */
  DflintOptions(Callable<Integer> command) {
    spec =
        CommandSpec.wrapWithoutInspection(command)
            .name("dflint")
            .versionProvider(new Version())
            .exitCodeOnInvalidInput(ExitCode.USAGE);
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Lint Dockerfiles: BuildKit's build checks, hadolint's rules, .dockerignore and"
                + " build-context checks.",
            "With no FILE, lints ./Dockerfile. A DIR is searched for Dockerfile, Dockerfile.*,"
                + " *.Dockerfile, *.dockerfile and Containerfile (files git ignores are skipped).")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(
            UsageMessageSpec.keyValuesMap(
                ExitCode.OK + ":no finding at or above the failure threshold",
                ExitCode.FINDINGS + ":findings at or above the failure threshold",
                ExitCode.USAGE + ":usage, configuration or I/O error"));
    spec.addPositional(inputs);
    for (OptionSpec o :
        List.of(
            format,
            config,
            context,
            fix,
            diff,
            failureThreshold,
            only,
            ignore,
            listRules,
            explain,
            noColor,
            stdinFilename,
            help,
            version)) {
      spec.addOption(o);
    }
  }

  CommandSpec spec() {
    return spec;
  }

  List<String> inputs() {
    return list(inputs);
  }

  /** The format named, or null for the configuration's or the default. */
  String format() {
    return format.getValue();
  }

  /** The configuration file named, or null to look for one next to each file. */
  Path config() {
    return config.getValue();
  }

  /** The build context named, or null for each Dockerfile's folder. */
  Path context() {
    return context.getValue();
  }

  boolean fix() {
    return isSet(fix);
  }

  boolean diff() {
    return isSet(diff);
  }

  /** The threshold named, or null for the configuration's or the default. */
  String failureThreshold() {
    return failureThreshold.getValue();
  }

  List<String> only() {
    return list(only);
  }

  List<String> ignore() {
    return list(ignore);
  }

  boolean listRules() {
    return isSet(listRules);
  }

  /** The rule to explain, or null. */
  String explain() {
    return explain.getValue();
  }

  boolean noColor() {
    return isSet(noColor);
  }

  String stdinFilename() {
    String name = stdinFilename.getValue();
    return name == null ? "-" : name;
  }

  private static OptionSpec value(String label, String description, String... names) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .type(String.class)
        .description(description)
        .build();
  }

  private static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).description(description).build();
  }

  /** A repeatable option whose values may also be given as one comma-separated list. */
  private static OptionSpec rules(String description, String... names) {
    return OptionSpec.builder(names)
        .paramLabel("RULE")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .splitRegex(",")
        .description(description)
        .build();
  }

  private static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  private static List<String> list(ArgSpec arg) {
    List<String> values = arg.getValue();
    return values == null ? List.of() : values;
  }
}
