package dev.dfkit.build.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A Docker credential helper ({@code docker-credential-<name>}, found on {@code PATH}): {@code get}
 * reads the server URL on standard input and prints {@code {"ServerURL","Username","Secret"}}. A
 * helper that does not know the server says {@code credentials not found in native keychain} and
 * exits non-zero; that is "no credentials", not an error.
 */
public final class CredentialHelper {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final String name;
  private final Map<String, String> environment;

  /**
   * @param name the helper's suffix ({@code pass}, {@code desktop}, {@code ecr-login})
   * @param environment the environment the helper runs in; its {@code PATH} is searched for it
   */
  public CredentialHelper(String name, Map<String, String> environment) {
    this.name = name;
    this.environment = Map.copyOf(environment);
  }

  public String command() {
    return "docker-credential-" + name;
  }

  /** The helper's executable on {@code PATH}, if there is one. */
  public Optional<Path> executable() {
    String path = environment.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command());
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The credentials the helper holds for {@code serverUrl}; empty when it holds none.
   *
   * @throws IOException when the helper is missing, fails, or prints something that is not its JSON
   *     answer
   */
  public Optional<Credential> get(String serverUrl) throws IOException {
    Path exe =
        executable()
            .orElseThrow(
                () ->
                    new IOException(
                        "credential helper "
                            + command()
                            + " is not on PATH (it is configured in"
                            + " the Docker config)"));
    ProcessBuilder pb = new ProcessBuilder(exe.toString(), "get");
    pb.environment().clear();
    pb.environment().putAll(environment);
    pb.redirectErrorStream(true);
    Process process = pb.start();
    CompletableFuture<byte[]> output = readAllAsync(process.getInputStream());
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(serverUrl.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The helper may exit without reading its input; its output says why.
    }
    String text;
    int exit;
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command() + " get did not finish in " + TIMEOUT_SECONDS + "s");
      }
      exit = process.exitValue();
      text = new String(output.get(), StandardCharsets.UTF_8).trim();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running " + command());
    } catch (ExecutionException e) {
      throw new IOException("cannot read the output of " + command(), e.getCause());
    }
    if (exit != 0) {
      if (text.toLowerCase(java.util.Locale.ROOT).contains("credentials not found")) {
        return Optional.empty();
      }
      throw new IOException(
          command() + " get failed for " + serverUrl + " (exit " + exit + "): " + text);
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(text);
    } catch (IOException e) {
      throw new IOException(command() + " get printed something that is not JSON: " + text, e);
    }
    String user = answer.path("Username").asText("");
    String secret = answer.path("Secret").asText("");
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Credential(user, secret));
  }

  private static CompletableFuture<byte[]> readAllAsync(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
