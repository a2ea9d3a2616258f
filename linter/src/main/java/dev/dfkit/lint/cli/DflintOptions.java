package dev.dfkit.lint.cli;

import static dev.dfkit.cli.CommandSpecs.flag;
import static dev.dfkit.cli.CommandSpecs.isSet;
import static dev.dfkit.cli.CommandSpecs.list;
import static dev.dfkit.cli.CommandSpecs.value;
import static dev.dfkit.cli.CommandSpecs.values;

import dev.dfkit.cli.CommandSpecs;
import dev.dfkit.cli.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * dflint's command line: its options and usage text (declared through {@link CommandSpecs}, not
 * annotations, for start-up time) and, once parsed, the values given.
 */
final class DflintOptions {

  private final PositionalParamSpec inputs =
      CommandSpecs.inputs("Dockerfiles or directories to lint; '-' reads standard input.");

  private final OptionSpec format =
      value(
          "FORMAT",
          String.class,
          "text, json, sarif, checkstyle, github, gnu or codeclimate (default: text).",
          "-f",
          "--format");

  private final OptionSpec config =
      value(
          "FILE",
          Path.class,
          "Configuration file (default: the nearest .dflint.yaml, else .hadolint.yaml, above"
              + " each file).",
          "-c",
          "--config");

  private final OptionSpec context =
      value(
          "DIR",
          Path.class,
          "Build context directory (default: the configuration's, else one a dev container or"
              + " Compose service builds the Dockerfile with, else its folder).",
          "--context");

  private final OptionSpec fix =
      flag("Apply every safe fix in place and report what changed.", "--fix");

  private final OptionSpec diff =
      flag("With --fix: print a unified diff instead of writing.", "--diff");

  private final OptionSpec failureThreshold =
      value(
          "LEVEL",
          String.class,
          "error, warning, info, style or none: findings at or above it exit 1 (default: info).",
          "--failure-threshold");

  private final OptionSpec only =
      list("RULE", "Run only these rules (repeatable, comma-separated).", "--only");

  private final OptionSpec ignore =
      list("RULE", "Never run these rules (repeatable, comma-separated).", "--ignore");

  private final OptionSpec listRules = flag("List every rule and exit.", "--list-rules");

  private final OptionSpec explain =
      value("RULE", String.class, "Print a rule's documentation and exit.", "--explain");

  private final OptionSpec noColor =
      flag("No colours in text output (also: NO_COLOR set).", "--no-color");

  private final OptionSpec stdinFilename =
      value(
          "NAME",
          String.class,
          "The name to show for standard input (default: -).",
          "--stdin-filename");

  private final CommandSpec spec;

  /** The command line of {@code command}, which picocli calls once the arguments are parsed. */
  DflintOptions(Callable<Integer> command) {
    spec =
        CommandSpecs.command(
            "dflint",
            command,
            new String[] {
              "Lint Dockerfiles: BuildKit's build checks, hadolint's rules, .dockerignore and"
                  + " build-context checks.",
              "With no FILE, lints ./Dockerfile. A DIR is searched for Dockerfile, Dockerfile.*,"
                  + " *.Dockerfile, *.dockerfile and Containerfile (files git ignores are skipped)."
            },
            ExitCode.OK + ":no finding at or above the failure threshold",
            ExitCode.FINDINGS + ":findings at or above the failure threshold",
            ExitCode.USAGE + ":usage, configuration or I/O error");
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
            stdinFilename)) {
      spec.addOption(o);
    }
    CommandSpecs.addStandardHelp(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  List<String> inputs() {
    return values(inputs);
  }

  /** The format named, or null for the configuration's or the default. */
  String format() {
    return format.getValue();
  }

  /** The configuration file named, or null to look for one next to each file. */
  Path config() {
    return config.getValue();
  }

  /** The build context named, or null to let each Dockerfile find its own (see LintOptions). */
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
    return values(only);
  }

  List<String> ignore() {
    return values(ignore);
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
}
