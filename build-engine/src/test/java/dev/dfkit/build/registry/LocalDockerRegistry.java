package dev.dfkit.build.registry;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code docker-registry} (the Debian package of distribution) on 127.0.0.1, storing in a
 * temporary directory, optionally with htpasswd authentication. Stopped (the process killed) by
 * {@link #close}.
 */
public final class LocalDockerRegistry implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private LocalDockerRegistry(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * The tool's path; when it is missing the test fails under CI ({@code CI=true}) and is skipped
   * elsewhere.
   */
  public static Path requireTool(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message = name + " is not installed (the registry integration tests need it)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + "; CI=true, so this is a failure, not a skip");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /** Starts a registry storing under {@code dir}; {@code htpasswd} turns on Basic auth. */
  public static LocalDockerRegistry start(Path dir, Optional<Path> htpasswd)
      throws IOException, InterruptedException {
    Path binary = requireTool("docker-registry");
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path config = dir.resolve("config.yml");
      Path log = dir.resolve("registry.log");
      StringBuilder yml = new StringBuilder();
      yml.append("version: 0.1\n")
          .append("log:\n  level: info\n  accesslog:\n    disabled: false\n")
          .append("storage:\n  filesystem:\n    rootdirectory: ")
          .append(dir.resolve("data"))
          .append("\n  delete:\n    enabled: true\n")
          .append("http:\n  addr: 127.0.0.1:")
          .append(port)
          .append("\n  secret: dfkit-integration-test\n");
      if (htpasswd.isPresent()) {
        yml.append("auth:\n  htpasswd:\n    realm: dfkit-test\n    path: ")
            .append(htpasswd.get())
            .append('\n');
      }
      Files.writeString(config, yml);
      Process process =
          new ProcessBuilder(binary.toString(), "serve", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      LocalDockerRegistry registry = new LocalDockerRegistry(process, port, log);
      try {
        registry.awaitReady();
        return registry;
      } catch (IOException e) {
        registry.close();
        last = e;
      }
    }
    throw last;
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("docker-registry exited:\n" + log());
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/"))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200 || status == 401) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IOException("docker-registry did not answer on " + host() + " in 30s:\n" + log());
  }

  public String host() {
    return "127.0.0.1:" + port;
  }

  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ")";
    }
  }

  /** Access-log lines (one per request) that contain {@code text}. */
  List<String> requestsContaining(String text) {
    return log().lines().filter(l -> l.contains("\"") && l.contains(text)).toList();
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
