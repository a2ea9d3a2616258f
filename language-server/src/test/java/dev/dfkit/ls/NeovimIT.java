package dev.dfkit.ls;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dfls end to end in a real editor: headless Neovim (Debian's {@code neovim}, 0.7 or newer) starts
 * the packaged server jar as its LSP client would, opens a Dockerfile, waits for the diagnostics (a
 * rule turned off in the client's settings must not be among them), asks for code actions,
 * formatting (applied by Neovim itself), hover and completion. Fails, not skips, when CI=true and
 * {@code nvim} is missing.
 */
class NeovimIT {

  @Test
  void neovimGetsDiagnosticsCodeActionsAndFormatting(@TempDir Path dir) throws Exception {
    Path nvim = findOnPath("nvim");
    if (nvim == null) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("nvim is not installed (Debian: apt-get install neovim)");
      }
      Assumptions.abort("nvim is not installed (Debian: apt-get install neovim)");
    }
    Path root = repoRoot();
    Path jar = root.resolve("language-server/target/dfkit-language-server.jar");
    assertThat(jar).as("the packaged server (mvn package)").exists();
    Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.19 as Builder\nrun echo hi\n\n");
    Path script = dir.resolve("e2e.lua");
    try (InputStream in = NeovimIT.class.getResourceAsStream("neovim-e2e.lua")) {
      Files.write(script, in.readAllBytes());
    }
    Path out = dir.resolve("report.json");
    ProcessBuilder pb =
        new ProcessBuilder(
            nvim.toString(), "--headless", "--clean", "-n", "-c", "luafile " + script);
    pb.environment()
        .put("DFLS_JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("DFLS_JAR", jar.toString());
    pb.environment().put("DFLS_DIR", dir.toString());
    pb.environment().put("DFLS_OUT", out.toString());
    pb.environment().put("HOME", dir.toString()); // no user configuration, no shada
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("nvim.log").toFile());
    pb.directory(dir.toFile());
    Process p = pb.start();
    if (!p.waitFor(150, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("nvim did not finish: " + Files.readString(dir.resolve("nvim.log")));
    }
    assertThat(out)
        .as("nvim's report; nvim said: " + Files.readString(dir.resolve("nvim.log")))
        .exists();
    JsonObject report =
        JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
    assertThat(strings(report.getAsJsonArray("errors"))).as("errors in the Lua client").isEmpty();

    List<String> codes = new ArrayList<>();
    for (JsonElement d : report.getAsJsonArray("diagnostics")) {
      JsonObject o = d.getAsJsonObject();
      codes.add(o.get("code").getAsString());
      if (o.get("code").getAsString().equals("StageNameCasing")) {
        assertThat(o.get("line").getAsInt()).isZero();
        assertThat(o.get("character").getAsInt()).isEqualTo(20);
        assertThat(o.get("source").getAsString()).isEqualTo("dflint");
        assertThat(o.get("href").getAsString()).startsWith("https://docs.docker.com/");
      }
    }
    assertThat(codes).contains("StageNameCasing", "FromAsCasing");
    assertThat(codes)
        .as("turned off in the client's dfls settings")
        .doesNotContain("ConsistentInstructionCasing");
    assertThat(strings(report.getAsJsonArray("actions")))
        .anyMatch(t -> t.endsWith("(StageNameCasing)"))
        .anyMatch(t -> t.startsWith("Skip StageNameCasing"));
    assertThat(strings(report.getAsJsonArray("formatted")))
        .startsWith("FROM alpine:3.19 AS Builder", "RUN echo hi");

    assertThat(report.get("hover_advertised").getAsBoolean()).as("hover advertised").isTrue();
    assertThat(report.get("completion_advertised").getAsBoolean())
        .as("completion advertised")
        .isTrue();
    assertThat(report.get("hover").isJsonPrimitive()).as("a hover on RUN").isTrue();
    assertThat(report.get("hover").getAsString()).containsIgnoringCase("run");
    assertThat(strings(report.getAsJsonArray("completion")))
        .as("instructions offered on an empty line")
        .anyMatch(l -> l.toUpperCase(java.util.Locale.ROOT).startsWith("RUN"));
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    if (a != null) {
      a.forEach(e -> out.add(e.getAsString()));
    }
    return out;
  }

  private static Path repoRoot() {
    String root = System.getProperty("dfkit.repo.root");
    return root != null ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
  }

  private static Path findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Paths.get(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
