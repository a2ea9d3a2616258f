package dev.dfkit.build.cli;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.engine.BuildOptions;
import dev.dfkit.build.engine.BuildOutput;
import dev.dfkit.build.engine.ImageNames;
import dev.dfkit.build.plan.BuildRequest;
import dev.dfkit.build.plan.PlanException;
import dev.dfkit.build.progress.JsonProgress;
import dev.dfkit.build.progress.PlainProgress;
import dev.dfkit.build.progress.Progress;
import dev.dfkit.build.progress.TtyProgress;
import dev.dfkit.build.solve.BuildFailedException;
import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.Version;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code dfbuild}: build images from Dockerfiles, and manage the local image store. */
@Command(
    name = "dfbuild",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = {
      ImagesCommand.class,
      RmCommand.class,
      PruneCommand.class,
      ImportCommand.class,
      InspectCommand.class
    },
    description = {
      "Build an image from a Dockerfile, with docker build's options: RUN steps run in runc over"
          + " overlayfs snapshots, results are cached by content, images go to the local store"
          + " ($DFKIT_ROOT), to OCI or docker archives, or to a registry.",
      "Needs root (runc and overlay mounts)."
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the build succeeded",
      "1:the Dockerfile has errors or a step failed",
      "2:usage, registry or I/O error"
    })
public final class DfbuildCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--root",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "State directory (default: $DFKIT_ROOT, else $XDG_DATA_HOME/dfkit).")
  Path root;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONTEXT",
      description = "The build context directory (default: the current directory).")
  Path context;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description =
          "The Dockerfile (default: CONTEXT/Dockerfile); may be outside the context; '-' reads"
              + " standard input.")
  Path file;

  @Option(
      names = {"-t", "--tag"},
      paramLabel = "NAME[:TAG]",
      description = "Name the image in the local store (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--build-arg",
      paramLabel = "KEY[=VALUE]",
      description = "Set a build argument; KEY alone takes the value from the environment.")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--target", paramLabel = "STAGE", description = "Build this stage.")
  String target;

  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH[/VARIANT]",
      description = "Target platform (default: this machine's).")
  String platform;

  @Option(names = "--no-cache", description = "Run every step, even when it is cached.")
  boolean noCache;

  @Option(names = "--pull", description = "Look base images up in their registry first.")
  boolean pull;

  @Option(
      names = "--network",
      paramLabel = "MODE",
      description =
          "Network for RUN steps: default (the host's network: dfbuild has no CNI), host or none.")
  String network = "default";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "SPEC",
      description =
          "type=oci|docker|tar,dest=FILE (- for standard output), type=local,dest=DIR,"
              + " type=image[,name=N][,push=true]; a bare DIR means type=local (repeatable).")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--push", description = "Push the -t names to their registries.")
  boolean push;

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      description = "auto, tty, plain or json (default: auto: tty on a terminal, else plain).")
  String progress = "auto";

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Add a label to the image.")
  List<String> labels = new ArrayList<>();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the image ID (the config digest) when done.")
  boolean quiet;

  @Option(
      names = "--insecure-registry",
      scope = ScopeType.INHERIT,
      paramLabel = "HOST[:PORT]",
      description = "Reach this registry over plain HTTP (localhost and 127.0.0.1 always are).")
  List<String> insecureRegistries = new ArrayList<>();

  @Option(names = "--iidfile", paramLabel = "FILE", description = "Write the image ID to FILE.")
  Path iidFile;

  java.io.InputStream stdin = System.in;
  PrintStream stderr = System.err;
  PrintStream stdout = System.out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path contextDir = context == null ? Path.of(".") : context;
    boolean fromStdin = file != null && file.toString().equals("-");
    // A Dockerfile on standard input is named as if it were CONTEXT/Dockerfile (for its ignore
    // file).
    Path dockerfile = file != null && !fromStdin ? file : contextDir.resolve("Dockerfile");
    BuildOptions options;
    try {
      options = options(contextDir, dockerfile);
    } catch (IllegalArgumentException e) {
      err.println("dfbuild: " + e.getMessage());
      return ExitCode.USAGE;
    }
    String shown = fromStdin ? "-" : dockerfile.toString();
    ParseResult parsed;
    try {
      parsed =
          fromStdin
              ? DockerfileParser.parse(DockerfileParser.decode(stdin.readAllBytes()), "-")
              : DockerfileParser.parse(dockerfile);
    } catch (IOException e) {
      err.println("dfbuild: cannot read " + shown + ": " + reason(e));
      return ExitCode.USAGE;
    }
    BuildChecks.Outcome checks = BuildChecks.run(parsed, dockerfile, contextDir, shown, err);
    if (checks.failed()) {
      return ExitCode.FINDINGS;
    }
    try (BuildEngine engine = Engines.open(root, insecureRegistries);
        Progress p = progress(options)) {
      BuildEngine.BuildResult result;
      // Ctrl-C or SIGTERM: stop the build and let every step clean up before the JVM exits.
      java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
      Thread onSignal =
          new Thread(
              () -> {
                engine.cancel();
                try {
                  finished.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "dfbuild-cancel");
      Runtime.getRuntime().addShutdownHook(onSignal);
      try {
        result = engine.build(parsed.dockerfile(), options, p);
      } finally {
        p.close();
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running: it waits for the countDown above
        }
      }
      String id = result.image().configDigest().toString();
      if (iidFile != null) {
        Files.writeString(iidFile, id);
      }
      if (quiet) {
        stdout.println(id);
      } else {
        err.println("dfbuild: built " + id + " (manifest " + result.image().digest() + ")");
        result
            .pushed()
            .forEach((name, digest) -> err.println("dfbuild: pushed " + name + "@" + digest));
      }
      return ExitCode.OK;
    } catch (PlanException e) {
      err.println(BuildErrors.located(shown, parsed, e.range(), e.getMessage()));
      return ExitCode.FINDINGS;
    } catch (BuildFailedException e) {
      err.println(BuildErrors.failedStep(shown, parsed, e));
      return ExitCode.FINDINGS;
    } catch (IOException e) {
      err.println("dfbuild: error: " + reason(e));
      return ExitCode.FINDINGS;
    }
  }

  private BuildOptions options(Path contextDir, Path dockerfile) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String a : buildArgs) {
      int eq = a.indexOf('=');
      if (eq < 0) {
        String fromEnv = System.getenv(a);
        if (fromEnv != null) {
          args.put(a, fromEnv);
        }
      } else {
        args.put(a.substring(0, eq), a.substring(eq + 1));
      }
    }
    Map<String, String> labelMap = new LinkedHashMap<>();
    for (String l : labels) {
      int eq = l.indexOf('=');
      labelMap.put(eq < 0 ? l : l.substring(0, eq), eq < 0 ? "" : l.substring(eq + 1));
    }
    Optional<Platform> targetPlatform = Optional.empty();
    if (platform != null) {
      targetPlatform =
          Optional.of(
              Platform.parse(platform)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "invalid --platform " + platform + ": use os/arch[/variant]")));
    }
    if (!List.of("default", "host", "none").contains(network)) {
      throw new IllegalArgumentException(
          "invalid --network " + network + ": use default, host or none");
    }
    if (!List.of("auto", "tty", "plain", "json", "quiet").contains(progress)) {
      throw new IllegalArgumentException(
          "invalid --progress " + progress + ": use auto, tty, plain or json");
    }
    List<String> canonicalTags = new ArrayList<>();
    for (String t : tags) {
      canonicalTags.add(ImageNames.canonical(t));
    }
    if (push && canonicalTags.isEmpty()) {
      throw new IllegalArgumentException("--push needs a -t REGISTRY/NAME:TAG to push to");
    }
    List<BuildOutput> outs = new ArrayList<>();
    for (String o : outputs) {
      outs.add(BuildOutput.parse(o));
    }
    long toStdout = outs.stream().filter(BuildOutput::toStdout).count();
    if (toStdout > 1) {
      throw new IllegalArgumentException("only one --output can go to standard output");
    }
    if (toStdout == 1 && quiet) {
      throw new IllegalArgumentException("-q prints the image ID: it cannot share standard output");
    }
    BuildRequest request =
        new BuildRequest(
            contextDir,
            dockerfile,
            args,
            Optional.ofNullable(target),
            targetPlatform,
            labelMap,
            noCache,
            network);
    return new BuildOptions(
        request, canonicalTags, outs, push, pull, new LinkedHashSet<>(insecureRegistries));
  }

  private Progress progress(BuildOptions options) {
    if (quiet) {
      return Progress.quiet();
    }
    String mode = progress;
    if (mode.equals("auto")) {
      boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
      mode = terminal ? "tty" : "plain";
    }
    return switch (mode) {
      case "tty" -> new TtyProgress(stderr, terminalWidth());
      case "json" -> new JsonProgress(stderr);
      case "quiet" -> Progress.quiet();
      default -> new PlainProgress(stderr);
    };
  }

  private static int terminalWidth() {
    try {
      return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100"));
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new DfbuildCommand());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  public static void main(String[] args) {
    StartupWarmer.start();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
