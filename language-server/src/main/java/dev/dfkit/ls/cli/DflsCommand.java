package dev.dfkit.ls.cli;

import dev.dfkit.cli.ExitCode;
import dev.dfkit.cli.Version;
import dev.dfkit.ls.server.DflsLauncher;
import dev.dfkit.ls.server.DflsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dfls}: the Dockerfile language server. Speaks LSP on standard input and output (standard
 * output carries nothing else: logs go to standard error or a file), or on one connection to a
 * loopback port.
 */
@Command(
    name = "dfls",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "The Dockerfile language server: diagnostics (dflint), formatting (dffmt), code actions.",
      "Speaks LSP over standard input/output unless --socket is given."
    },
    exitCodeOnInvalidInput = ExitCode.USAGE,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the client sent shutdown, then exit",
      "1:the client left without shutdown",
      "2:usage or I/O error (a bad option, a port in use, a log file that cannot be written)"
    })
public final class DflsCommand implements java.util.concurrent.Callable<Integer> {

  @Option(
      names = "--stdio",
      description = "Speak LSP over standard input/output (the default; accepted for clients).")
  boolean stdio;

  @Option(
      names = "--socket",
      paramLabel = "PORT",
      description = "Listen on 127.0.0.1:PORT and serve the first client that connects.")
  Integer socket;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "Write the log to FILE (appended) instead of standard error.")
  Path log;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      description = "error, warning, info or debug (default: warning).")
  String logLevel = "warning";

  @Spec CommandLine.Model.CommandSpec spec;

  InputStream in = System.in;
  OutputStream out = System.out;

  public static void main(String[] args) {
    // Standard output is the protocol: anything else printed there (a library's stray println)
    // would corrupt it, so it goes to standard error.
    PrintStream protocol = System.out;
    System.setOut(System.err);
    DflsCommand command = new DflsCommand();
    command.out = protocol;
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(protocol, true));
    int code = cl.execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Level level = level(logLevel);
    if (level == null) {
      err.println("dfls: unknown log level '" + logLevel + "' (use error, warning, info or debug)");
      return ExitCode.USAGE;
    }
    try {
      configureLogging(level, log);
    } catch (IOException e) {
      err.println("dfls: cannot write the log to " + log + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (socket == null) {
      return serve(in, out);
    }
    if (socket < 0 || socket > 65535) {
      err.println("dfls: --socket: not a port: " + socket);
      return ExitCode.USAGE;
    }
    try (ServerSocket listener = new ServerSocket(socket, 1, InetAddress.getLoopbackAddress())) {
      Logger.getLogger("dfls").info("listening on 127.0.0.1:" + listener.getLocalPort());
      try (Socket s = listener.accept()) {
        return serve(s.getInputStream(), s.getOutputStream());
      }
    } catch (IOException e) {
      err.println("dfls: --socket " + socket + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  /**
   * Serves one client until it sends {@code exit} (0 after {@code shutdown}, else 1) or its input
   * ends (1).
   */
  public static int serve(InputStream in, OutputStream out) {
    CompletableFuture<Integer> exited = new CompletableFuture<>();
    DflsServer server = new DflsServer(exited::complete);
    Launcher<LanguageClient> launcher = DflsLauncher.create(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture.runAsync(
        () -> {
          try {
            listening.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            Logger.getLogger("dfls").fine("connection ended: " + e);
          }
          exited.complete(1);
        });
    try {
      return exited.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (ExecutionException e) {
      return 1;
    }
  }

  private static Level level(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "error" -> Level.SEVERE;
      case "warning", "warn" -> Level.WARNING;
      case "info" -> Level.INFO;
      case "debug" -> Level.FINE;
      case "trace" -> Level.FINEST;
      default -> null;
    };
  }

  /** One handler, to standard error or the file; nothing ever to standard output. */
  private static void configureLogging(Level level, Path file) throws IOException {
    LogManager.getLogManager().reset();
    Handler handler;
    if (file != null) {
      handler = new FileHandler(file.toAbsolutePath().toString(), true);
    } else {
      handler =
          new StreamHandler(System.err, new SimpleFormatter()) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
              super.publish(record);
              flush();
            }
          };
    }
    handler.setFormatter(new SimpleFormatter());
    handler.setLevel(level);
    Logger root = Logger.getLogger("");
    root.setLevel(level);
    root.addHandler(handler);
  }
}
