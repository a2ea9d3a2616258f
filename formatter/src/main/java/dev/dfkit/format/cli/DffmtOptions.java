package dev.dfkit.format.cli;

import static dev.dfkit.cli.CommandSpecs.flag;
import static dev.dfkit.cli.CommandSpecs.isSet;
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
 * dffmt's command line: its options and usage text (declared through {@link CommandSpecs}, not
 * annotations, for start-up time) and, once parsed, the values given.
 */
final class DffmtOptions {

  private final PositionalParamSpec inputs =
      CommandSpecs.inputs("Dockerfiles or directories; '-' reads standard input.");

  private final OptionSpec write =
      flag(
          "Write the formatted text back to each file (standard input: to stdout).",
          "-w",
          "--write");

  private final OptionSpec check =
      flag("List the files that are not formatted; exit 1 if any.", "--check");

  private final OptionSpec diff = flag("Print a unified diff of the changes instead.", "--diff");

  private final OptionSpec indent =
      value("N", Integer.class, "Spaces before a continuation line (default: 4).", "--indent");

  private final OptionSpec maxWidth =
      value(
          "N",
          Integer.class,
          "Width past which a shell command is broken, one part per line (default: 100).",
          "--max-width");

  private final OptionSpec trailingOperators =
      flag(
          "Put && || | ; at the end of a broken line instead of the start of the next.",
          "--trailing-operators");

  private final OptionSpec noBlankBeforeFrom =
      flag("Do not add a blank line before each FROM after the first.", "--no-blank-before-from");

  private final OptionSpec endOfLine =
      value(
          "EOL", String.class, "auto (the file's own, the default), lf or crlf.", "--end-of-line");

  private final OptionSpec config =
      value(
          "FILE",
          Path.class,
          "A .dflint.yaml to read format: options from (default: the nearest one).",
          "-c",
          "--config");

  private final OptionSpec stdinFilename =
      value(
          "NAME",
          String.class,
          "The name of standard input in messages and for finding configuration.",
          "--stdin-filename");

  private final OptionSpec verbose =
      flag("Also say which instructions were kept as written, and why.", "-v", "--verbose");

  private final CommandSpec spec;

  /** The command line of {@code command}, which picocli calls once the arguments are parsed. */
  DffmtOptions(Callable<Integer> command) {
    spec =
        CommandSpecs.command(
            "dffmt",
            command,
            new String[] {
              "Format Dockerfiles without changing what they mean: the output is parsed again and"
                  + " compared with the input before it is used.",
              "With one FILE (or '-'), prints the formatted text. With no FILE, formats"
                  + " ./Dockerfile. A DIR is searched for Dockerfile, Dockerfile.*, *.Dockerfile,"
                  + " *.dockerfile and Containerfile (files git ignores are skipped).",
              "Options come from the command line, else the format: section of the nearest"
                  + " .dflint.yaml, else .editorconfig (indent_size, max_line_length, end_of_line)."
            },
            ExitCode.OK + ":formatted (or, with --check, already formatted)",
            ExitCode.FINDINGS
                + ":with --check: some file is not formatted; or a file has syntax errors (left"
                + " untouched)",
            ExitCode.USAGE + ":usage, configuration or I/O error");
    spec.addPositional(inputs);
    for (OptionSpec o :
        List.of(
            write,
            check,
            diff,
            indent,
            maxWidth,
            trailingOperators,
            noBlankBeforeFrom,
            endOfLine,
            config,
            stdinFilename,
            verbose)) {
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

  boolean write() {
    return isSet(write);
  }

  boolean check() {
    return isSet(check);
  }

  boolean diff() {
    return isSet(diff);
  }

  /** The indent given, or null for the configuration's or the default. */
  Integer indent() {
    return indent.getValue();
  }

  /** The width given, or null for the configuration's or the default. */
  Integer maxWidth() {
    return maxWidth.getValue();
  }

  boolean trailingOperators() {
    return isSet(trailingOperators);
  }

  boolean noBlankBeforeFrom() {
    return isSet(noBlankBeforeFrom);
  }

  /** The line ending named, or null for the configuration's or the file's own. */
  String endOfLine() {
    return endOfLine.getValue();
  }

  /** The configuration file named, or null to look for one next to each file. */
  Path config() {
    return config.getValue();
  }

  String stdinFilename() {
    String name = stdinFilename.getValue();
    return name == null ? "-" : name;
  }

  boolean verbose() {
    return isSet(verbose);
  }
}
