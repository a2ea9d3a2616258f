package dev.dfkit.build.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code --output}: where the result goes. {@code dest=-} means standard output (tar types).
 *
 * @param type {@code oci}, {@code docker}, {@code local}, {@code tar} or {@code image}
 * @param dest the file or directory, empty for {@code image} and for standard output
 * @param name the image name written into {@code oci}/{@code docker} archives, if any
 * @param push for {@code image}: push to the registry too
 */
public record BuildOutput(String type, Optional<Path> dest, Optional<String> name, boolean push) {

  /**
   * Parses docker build's {@code --output} value: {@code type=oci,dest=out.tar}, or a bare path
   * ({@code -o DIR} is {@code type=local}; {@code -o -} is {@code type=tar} to standard output).
   *
   * @throws IllegalArgumentException naming the problem
   */
  public static BuildOutput parse(String spec) {
    if (!spec.contains("=")) {
      if (spec.equals("-")) {
        return new BuildOutput("tar", Optional.empty(), Optional.empty(), false);
      }
      return new BuildOutput("local", Optional.of(Path.of(spec)), Optional.empty(), false);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "invalid --output field \"" + part + "\": expected key=value");
      }
      fields.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1));
    }
    String type = fields.remove("type");
    if (type == null) {
      throw new IllegalArgumentException("--output needs type=oci|docker|local|tar|image");
    }
    type = type.toLowerCase(Locale.ROOT);
    String dest = fields.remove("dest");
    String name = fields.remove("name");
    boolean push = Boolean.parseBoolean(fields.getOrDefault("push", "false"));
    fields.remove("push");
    if (!fields.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown --output field " + fields.keySet().iterator().next());
    }
    switch (type) {
      case "oci", "docker", "tar" -> {
        if (dest == null) {
          throw new IllegalArgumentException(
              "--output type=" + type + " needs dest=FILE (or dest=- for standard output)");
        }
      }
      case "local" -> {
        if (dest == null || dest.equals("-")) {
          throw new IllegalArgumentException("--output type=local needs dest=DIR");
        }
      }
      case "image", "registry" -> {
        return new BuildOutput(
            "image", Optional.empty(), Optional.ofNullable(name), push || type.equals("registry"));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown output type " + type + " (use oci, docker, local, tar or image)");
    }
    Optional<Path> path = dest.equals("-") ? Optional.empty() : Optional.of(Path.of(dest));
    return new BuildOutput(type, path, Optional.ofNullable(name), false);
  }

  public boolean toStdout() {
    return dest.isEmpty() && !type.equals("image");
  }
}
