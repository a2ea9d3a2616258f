package dev.dfkit.parser.cli;

import dev.dfkit.cli.DiagnosticPrinter;
import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.SourceInput;
import dev.dfkit.cli.Version;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.dump.BuildKitDump;
import dev.dfkit.parser.dump.JsonDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dfparse}: dump the syntax tree of Dockerfiles. */
@Command(
    name = "dfparse",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Parse Dockerfiles and print their syntax tree.",
      "",
      "buildkit: BuildKit's s-expression dump (what 'docker build' parses)."
          + " json: the full typed tree with ranges, flags, heredocs and comments."
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file parsed",
      "1:a file has a syntax error (with --strict: any error)",
      "2:usage error or a file could not be read"
    })
public final class DfparseCommand implements Callable<Integer> {

  enum Format {
    buildkit,
    json
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "buildkit")
  Format format;

  @Option(
      names = "--strict",
      description =
          "Also report what BuildKit's instruction checks reject (unknown flags, argument counts,"
              + " ...), and warnings; exit 1 on any error.")
  boolean strict;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Dockerfiles to parse; '-' reads standard input.")
  List<String> files;

  @Spec CommandLine.Model.CommandSpec spec;

  private InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCode.OK;
    boolean many = files.size() > 1;
    for (int i = 0; i < files.size(); i++) {
      SourceInput input = SourceInput.of(files.get(i));
      String text;
      try {
        text = input.read(stdin);
      } catch (IOException e) {
        err.println(input.name() + ": error: cannot read: " + SourceInput.reason(e));
        exit = ExitCode.USAGE;
        continue;
      }
      ParseResult result = DockerfileParser.parse(text, input.name());
      boolean failed = false;
      for (Diagnostic d : result.diagnostics()) {
        boolean shown = strict || d.isSyntaxError();
        if (shown) {
          err.println(DiagnosticPrinter.format(input.name(), d));
        }
        failed |= strict ? d.isError() : d.isSyntaxError();
      }
      if (failed && exit == ExitCode.OK) {
        exit = ExitCode.FINDINGS;
      }
      if (format == Format.buildkit && result.hasSyntaxErrors()) {
        continue; // like BuildKit's dumper: no tree for a file that does not parse
      }
      if (many) {
        out.print((i > 0 ? "\n" : "") + "==> " + input.name() + " <==\n");
      }
      out.print(
          format == Format.json
              ? JsonDump.dump(result) + "\n"
              : BuildKitDump.dump(result.dockerfile()));
      out.flush();
    }
    err.flush();
    return exit;
  }

  /** Runs the command; the exit code is returned, not used to exit. */
  public static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
    DfparseCommand command = new DfparseCommand();
    command.stdin = stdin;
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, System.in, args);
    out.flush();
    System.exit(code);
  }
}
