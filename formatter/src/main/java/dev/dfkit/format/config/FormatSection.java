package dev.dfkit.format.config;

import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.FormatOptions.OperatorPosition;
import dev.dfkit.parser.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * dffmt's options in {@code .dflint.yaml}, under {@code format:} (dflint reads the rest of the file
 * and leaves this mapping to dffmt; a plain string there is hadolint's output format and means
 * nothing to dffmt):
 *
 * <pre>
 * format:
 *   indent: 4
 *   max-width: 100
 *   operators: leading        # or trailing
 *   blank-line-before-from: true
 *   end-of-line: auto         # lf, crlf
 * </pre>
 */
public final class FormatSection {

  public static final String FILE = ".dflint.yaml";
  static final List<String> KEYS =
      List.of("indent", "max-width", "operators", "blank-line-before-from", "end-of-line");

  private FormatSection() {}

  /** The nearest {@code .dflint.yaml} in the file's folder or above it. */
  public static Optional<Path> find(Path file) {
    for (Path dir = file.toAbsolutePath().normalize().getParent();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static OptionOverrides load(Path config) throws ConfigException {
    try {
      return parse(config, DockerfileParser.decode(Files.readAllBytes(config)));
    } catch (IOException e) {
      throw new ConfigException(config, "cannot read: " + e.getMessage());
    }
  }

  static OptionOverrides parse(Path file, String text) throws ConfigException {
    Optional<Node> root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      if (m != null) {
        throw new ConfigException(
            file, m.getLine() + 1, m.getColumn() + 1, "invalid YAML: " + problem);
      }
      throw new ConfigException(file, "invalid YAML: " + problem);
    } catch (YamlEngineException e) {
      throw new ConfigException(file, "invalid YAML: " + e.getMessage());
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
      return OptionOverrides.NONE;
    }
    for (NodeTuple t : top.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals("format")
          && t.getValueNode() instanceof MappingNode section) {
        return section(file, section);
      }
    }
    return OptionOverrides.NONE;
  }

  private static OptionOverrides section(Path file, MappingNode section) throws ConfigException {
    Optional<Integer> indent = Optional.empty();
    Optional<Integer> width = Optional.empty();
    Optional<OperatorPosition> operators = Optional.empty();
    Optional<Boolean> blank = Optional.empty();
    Optional<LineEnding> eol = Optional.empty();
    for (NodeTuple t : section.getValue()) {
      String key = scalar(file, t.getKeyNode(), "a key");
      Node value = t.getValueNode();
      switch (key) {
        case "indent" -> indent = Optional.of(number(file, value, key, 1, 16));
        case "max-width" -> width = Optional.of(number(file, value, key, 20, 100_000));
        case "operators" -> {
          String v = scalar(file, value, key).toLowerCase(Locale.ROOT);
          operators =
              Optional.of(
                  switch (v) {
                    case "leading" -> OperatorPosition.LEADING;
                    case "trailing" -> OperatorPosition.TRAILING;
                    default ->
                        throw error(
                            file,
                            value,
                            "format.operators: use leading or trailing, not '" + v + "'");
                  });
        }
        case "blank-line-before-from" -> blank = Optional.of(bool(file, value, key));
        case "end-of-line" -> {
          String v = scalar(file, value, key);
          eol =
              Optional.of(
                  LineEnding.parse(v)
                      .orElseThrow(
                          () ->
                              error(
                                  file,
                                  value,
                                  "format.end-of-line: use auto, lf or crlf, not '" + v + "'")));
        }
        default ->
            throw error(
                file,
                t.getKeyNode(),
                "format: unknown key '" + key + "'; known keys: " + String.join(", ", KEYS));
      }
    }
    return new OptionOverrides(indent, width, operators, blank, eol);
  }

  private static int number(Path file, Node node, String key, int min, int max)
      throws ConfigException {
    String v = scalar(file, node, key);
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(
        file,
        node,
        "format." + key + ": expected a number from " + min + " to " + max + ", not '" + v + "'");
  }

  private static boolean bool(Path file, Node node, String key) throws ConfigException {
    String v = scalar(file, node, key).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default ->
          throw error(file, node, "format." + key + ": expected true or false, not '" + v + "'");
    };
  }

  private static String scalar(Path file, Node node, String what) throws ConfigException {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(file, node, "expected " + what + ", a single value");
  }

  private static ConfigException error(Path file, Node node, String message) {
    Optional<Mark> m = node.getStartMark();
    return m.isPresent()
        ? new ConfigException(file, m.get().getLine() + 1, m.get().getColumn() + 1, message)
        : new ConfigException(file, message);
  }
}
