package dev.dfkit.format.cli;

import dev.dfkit.cli.DiagnosticPrinter;
import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.SourceInput;
import dev.dfkit.cli.UnifiedDiff;
import dev.dfkit.cli.WarmUp;
import dev.dfkit.format.FormatNote;
import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.FormatOptions.OperatorPosition;
import dev.dfkit.format.FormatResult;
import dev.dfkit.format.Formatter;
import dev.dfkit.format.config.ConfigException;
import dev.dfkit.format.config.EditorConfig;
import dev.dfkit.format.config.FormatSection;
import dev.dfkit.format.config.OptionOverrides;
import dev.dfkit.parser.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code dffmt}: format Dockerfiles. Its options are declared in {@link DffmtOptions}. */
public final class DffmtCommand implements Callable<Integer> {

  private final DffmtOptions commandLine = new DffmtOptions(this);

  private InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = commandLine.spec().commandLine().getOut();
    PrintWriter err = commandLine.spec().commandLine().getErr();
    try {
      return run(out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int run(PrintWriter out, PrintWriter err) {
    if (commandLine.write() && commandLine.diff()) {
      err.println("dffmt: --write and --diff do not go together");
      return ExitCode.USAGE;
    }
    OptionOverrides cli;
    try {
      cli = commandLineOptions();
    } catch (IllegalArgumentException e) {
      err.println("dffmt: " + e.getMessage());
      return ExitCode.USAGE;
    }
    OptionOverrides explicit = null;
    if (commandLine.config() != null) {
      try {
        explicit = FormatSection.load(commandLine.config());
      } catch (ConfigException e) {
        err.println(e.getMessage());
        return ExitCode.USAGE;
      }
    }
    SourceInput.Listing listing = SourceInput.expand(commandLine.inputs(), err);
    List<SourceInput> files = listing.files();
    int exit = listing.complete() ? ExitCode.OK : ExitCode.USAGE;
    boolean print = !commandLine.write() && !commandLine.check() && !commandLine.diff();
    boolean headers = print && files.size() > 1;
    boolean unformatted = false;
    boolean failed = false;
    OptionOverrides fromConfig = explicit;
    boolean sequential = commandLine.write() && FormatQueue.namesAFileTwice(files);
    try (FormatQueue<Loaded> queue =
        new FormatQueue<>(files, input -> load(input, cli, fromConfig), sequential)) {
      for (SourceInput input : files) {
        String name = input.isStdin() ? commandLine.stdinFilename() : input.name();
        Loaded loaded = queue.next();
        if (loaded.problem != null) {
          err.println(loaded.problem);
          if (loaded.usage) {
            exit = ExitCode.USAGE;
          } else {
            failed = true;
          }
          continue;
        }
        String text = loaded.text;
        FormatResult result = loaded.result;
        for (FormatNote n : result.notes()) {
          if (n.kind() == FormatNote.Kind.GUARD) {
            err.println(
                name
                    + ":"
                    + n.range().start().display()
                    + ": warning: "
                    + n.message()
                    + " (a dffmt bug: please report this input)");
          } else if (commandLine.verbose()) {
            err.println(name + ":" + n.range().start().display() + ": info: " + n.message());
          }
        }
        if (result.refused()) {
          for (Diagnostic d : result.diagnostics()) {
            err.println(DiagnosticPrinter.format(name, d) + " (not formatted)");
          }
          failed = true;
          if (headers) {
            out.println("==> " + name + " <==");
          }
          if (print || (commandLine.write() && input.isStdin())) {
            out.print(text);
          }
          continue;
        }
        if (headers) {
          out.println("==> " + name + " <==");
        }
        if (print) {
          out.print(result.text());
          continue;
        }
        if (result.changed()) {
          unformatted = true;
        }
        if (commandLine.diff()) {
          out.print(UnifiedDiff.of(name, text, result.text()));
        } else if (commandLine.check() && !commandLine.write()) {
          if (result.changed()) {
            out.println(name);
          }
        }
        if (commandLine.write()) {
          if (input.isStdin()) {
            out.print(result.text());
          } else if (result.changed()) {
            try {
              Files.writeString(input.path(), result.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
              err.println(name + ": error: cannot write: " + SourceInput.reason(e));
              exit = ExitCode.USAGE;
              continue;
            }
            if (commandLine.check()) {
              out.println(name);
            }
          }
        }
      }
    }
    if (exit != ExitCode.OK) {
      return exit;
    }
    if (failed || (commandLine.check() && unformatted)) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  /** A file read and formatted, or why it could not be: {@code problem} is the message. */
  private record Loaded(String text, FormatResult result, String problem, boolean usage) {

    static Loaded failure(String problem, boolean usage) {
      return new Loaded(null, null, problem, usage);
    }
  }

  /** Reads, configures and formats one input; safe to run on several inputs at once. */
  private Loaded load(SourceInput input, OptionOverrides cli, OptionOverrides explicit) {
    String name = input.isStdin() ? commandLine.stdinFilename() : input.name();
    String text;
    try {
      byte[] bytes = input.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(input.path());
      Optional<String> decoded = utf8(bytes);
      if (decoded.isEmpty()) {
        return Loaded.failure(name + ": error: not UTF-8 text; left untouched", false);
      }
      text = decoded.get();
    } catch (IOException e) {
      return Loaded.failure(name + ": error: cannot read: " + SourceInput.reason(e), true);
    }
    FormatOptions options;
    try {
      Path anchor = input.isStdin() ? Path.of(commandLine.stdinFilename()) : input.path();
      options = options(anchor, cli, explicit);
    } catch (ConfigException | IllegalArgumentException e) {
      return Loaded.failure(e.getMessage(), true);
    }
    return new Loaded(text, Formatter.format(text, options), null, false);
  }

  private OptionOverrides commandLineOptions() {
    Optional<LineEnding> eol = Optional.empty();
    if (commandLine.endOfLine() != null) {
      eol = LineEnding.parse(commandLine.endOfLine());
      if (eol.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown --end-of-line '" + commandLine.endOfLine() + "' (use auto, lf or crlf)");
      }
    }
    OptionOverrides o =
        new OptionOverrides(
            Optional.ofNullable(commandLine.indent()),
            Optional.ofNullable(commandLine.maxWidth()),
            commandLine.trailingOperators()
                ? Optional.of(OperatorPosition.TRAILING)
                : Optional.empty(),
            commandLine.noBlankBeforeFrom() ? Optional.of(false) : Optional.empty(),
            eol);
    o.applyTo(FormatOptions.DEFAULTS); // checks the ranges
    return o;
  }

  private static FormatOptions options(Path file, OptionOverrides cli, OptionOverrides explicit)
      throws ConfigException {
    OptionOverrides yaml = explicit;
    if (yaml == null) {
      Optional<Path> found = FormatSection.find(file);
      yaml = found.isPresent() ? FormatSection.load(found.get()) : OptionOverrides.NONE;
    }
    OptionOverrides editor = EditorConfig.forFile(file);
    return cli.over(yaml).over(editor).applyTo(FormatOptions.DEFAULTS);
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Runs the command; the exit code is returned, not used to exit. */
  public static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
    DffmtCommand command = new DffmtCommand();
    command.stdin = stdin;
    CommandLine cl = new CommandLine(command.commandLine.spec());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /**
   * What the start-up warm-up formats: the common instructions, flags, a broken RUN and a heredoc,
   * so the parsers' classes and tables are ready when the first real file comes.
   */
  private static final String WARM_UP =
      "FROM alpine AS build\n"
          + "RUN --mount=type=cache,target=/c apk add curl \\\n"
          + "    && curl -fsSL https://example.com | tar -xz ; echo \"$X\" > /f\n"
          + "COPY --chown=1:1 . /src\n"
          + "ENV A=1 B=2\n"
          + "RUN <<EOF\nmake\nEOF\n"
          + "CMD [\"/app\"]\n";

  public static void main(String[] args) {
    WarmUp.start("dffmt-warm-up", () -> Formatter.format(WARM_UP, FormatOptions.DEFAULTS));
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, System.in, args);
    out.flush();
    System.exit(code);
  }
}
