package dev.dfkit.build.cli;

import dev.dfkit.build.image.ImageConfig;
import dev.dfkit.build.image.ImageIndex;
import dev.dfkit.build.image.ImageJson;
import dev.dfkit.build.image.Manifest;
import dev.dfkit.cli.WarmUp;
import dev.dfkit.parser.DockerfileParser;
import java.nio.charset.StandardCharsets;

/**
 * Loads and initialises, on a second core, the classes every build needs next (Jackson's record
 * (de)serialisers for the image documents, the Dockerfile parser's ANTLR tables) while the main
 * thread is still reading the command line. A no-op rebuild is mostly JVM start-up; this overlaps
 * about a fifth of it. Nothing here has effects: it only parses constants.
 */
final class StartupWarmer {
  private StartupWarmer() {}

  static void start() {
    WarmUp.start("dfbuild-warm-up", StartupWarmer::warm);
  }

  private static void warm() {
    try {
      byte[] manifest =
          ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                  + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
                  + "\"digest\":\"sha256:"
                  + "0".repeat(64)
                  + "\",\"size\":2},\"layers\":[]}")
              .getBytes(StandardCharsets.UTF_8);
      ImageJson.read(manifest, Manifest.class);
      ImageJson.read(
          "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Env\":[\"A=b\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]},\"history\":[]}"
              .getBytes(StandardCharsets.UTF_8),
          ImageConfig.class);
      ImageJson.read(
          "{\"schemaVersion\":2,\"manifests\":[]}".getBytes(StandardCharsets.UTF_8),
          ImageIndex.class);
      DockerfileParser.parse("FROM scratch\nRUN true\nCOPY a b\n");
    } catch (java.io.IOException e) {
      // constants that parse: not reached; WarmUp handles every other failure
    }
  }
}
