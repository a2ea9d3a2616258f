package dev.dfkit.lint.config;

import dev.dfkit.lint.LintSeverity;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.diagnostic.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code .dflint.yaml} and hadolint's {@code .hadolint.yaml} (the same keys, so hadolint
 * users switch without changes). Unknown keys, unknown rule ids and bad values are errors that name
 * the file, line and column.
 */
public final class ConfigLoader {

  public static final String DFLINT_FILE = ".dflint.yaml";
  public static final String HADOLINT_FILE = ".hadolint.yaml";

  private static final List<String> KEYS =
      List.of(
          "rules",
          "ignored",
          "override",
          "failure-threshold",
          "trustedRegistries",
          "label-schema",
          "strict-labels",
          "disable-ignore-pragma",
          "no-color",
          "no-fail",
          "format",
          "shellcheck",
          "context");
  private static final Pattern SHELLCHECK_ID = Pattern.compile("SC\\d{4}");

  private final Set<String> knownRules;

  /**
   * @param knownRules ids configuration may name (ShellCheck's SCxxxx are always accepted)
   */
  public ConfigLoader(Set<String> knownRules) {
    this.knownRules = knownRules;
  }

  /**
   * The config that applies to a file: {@code .dflint.yaml} in its folder or the nearest folder
   * above, else {@code .hadolint.yaml} found the same way, else the defaults.
   */
  public LintConfig forFile(Path file) throws ConfigException {
    Optional<Path> found = find(file, DFLINT_FILE);
    if (found.isEmpty()) {
      found = find(file, HADOLINT_FILE);
    }
    return found.isPresent() ? load(found.get()) : LintConfig.DEFAULT;
  }

  static Optional<Path> find(Path file, String name) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  public LintConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = DockerfileParser.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read: " + e.getMessage());
    }
    return parse(file, text);
  }

  /** Parses config text; {@code file} names it in messages. */
  public LintConfig parse(Path file, String text) throws ConfigException {
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
    Builder b = new Builder(file);
    if (root.isEmpty()) {
      return b.build();
    }
    MappingNode map = mapping(file, root.get(), "the configuration");
    for (NodeTuple t : map.getValue()) {
      String key = scalar(file, t.getKeyNode(), "a key");
      Node value = t.getValueNode();
      switch (key) {
        case "rules" -> {
          for (NodeTuple r : mapping(file, value, "rules").getValue()) {
            String id = ruleId(file, r.getKeyNode());
            b.rules.put(id, setting(file, r.getValueNode()));
          }
        }
        case "ignored" -> {
          for (Node n : list(file, value, "ignored")) {
            b.rules.put(ruleId(file, n), RuleSetting.OFF);
          }
        }
        case "override" -> {
          for (NodeTuple o : mapping(file, value, "override").getValue()) {
            String level = scalar(file, o.getKeyNode(), "a severity");
            LintSeverity severity =
                LintSeverity.parse(level)
                    .orElseThrow(
                        () ->
                            error(
                                file,
                                o.getKeyNode(),
                                "override: unknown severity '"
                                    + level
                                    + "' (use error, warning, info or style)"));
            for (Node n : list(file, o.getValueNode(), "override." + level)) {
              b.rules.put(ruleId(file, n), RuleSetting.at(severity));
            }
          }
        }
        case "failure-threshold" -> {
          String v = scalar(file, value, "failure-threshold");
          if (v.equalsIgnoreCase("none") || v.equalsIgnoreCase("ignore")) {
            b.failureThreshold = Optional.empty();
          } else {
            b.failureThreshold =
                Optional.of(
                    LintSeverity.parse(v)
                        .orElseThrow(
                            () ->
                                error(
                                    file,
                                    value,
                                    "failure-threshold: unknown level '"
                                        + v
                                        + "' (use error, warning, info, style or none)")));
          }
        }
        case "no-fail" -> {
          if (bool(file, value, key)) {
            b.failureThreshold = Optional.empty();
          }
        }
        case "trustedRegistries" -> {
          if (value instanceof ScalarNode) {
            b.trustedRegistries.add(scalar(file, value, key));
          } else {
            for (Node n : list(file, value, key)) {
              b.trustedRegistries.add(scalar(file, n, "a registry"));
            }
          }
        }
        case "label-schema" -> {
          for (NodeTuple l : mapping(file, value, key).getValue()) {
            String label = scalar(file, l.getKeyNode(), "a label name");
            String type = scalar(file, l.getValueNode(), "a label type");
            b.labelSchema.put(
                label,
                LabelType.parse(type)
                    .orElseThrow(
                        () ->
                            error(
                                file,
                                l.getValueNode(),
                                "label-schema: unknown type '"
                                    + type
                                    + "' (use text, url, spdx, hash, rfc3339, semver or email)")));
          }
        }
        case "strict-labels" -> b.strictLabels = bool(file, value, key);
        case "disable-ignore-pragma" -> b.disableIgnorePragma = bool(file, value, key);
        case "no-color" -> bool(file, value, key); // read by the CLI; checked here
        case "shellcheck" -> b.shellcheck = bool(file, value, key);
        case "context" -> b.context = Optional.of(Path.of(scalar(file, value, key)));
        case "format" -> {
          // A string is hadolint's output format; a mapping is dffmt's options (dffmt reads it).
          if (value instanceof ScalarNode) {
            b.outputFormat = Optional.of(scalar(file, value, key));
          } else {
            mapping(file, value, key);
          }
        }
        default ->
            throw error(
                file,
                t.getKeyNode(),
                Suggestions.withSuggestion("unknown key '" + key + "'", key, KEYS, true)
                    + "; known keys: "
                    + String.join(", ", KEYS));
      }
    }
    return b.build();
  }

  private String ruleId(Path file, Node node) throws ConfigException {
    String id = scalar(file, node, "a rule id");
    if (knownRules.contains(id) || SHELLCHECK_ID.matcher(id).matches()) {
      return id;
    }
    throw error(
        file, node, Suggestions.withSuggestion("unknown rule '" + id + "'", id, knownRules, false));
  }

  private static RuleSetting setting(Path file, Node node) throws ConfigException {
    String v = scalar(file, node, "a rule setting").toLowerCase(Locale.ROOT);
    switch (v) {
      case "off", "false", "ignore", "none" -> {
        return RuleSetting.OFF;
      }
      case "on", "true" -> {
        return RuleSetting.ON;
      }
      default -> {
        return RuleSetting.at(
            LintSeverity.parse(v)
                .orElseThrow(
                    () ->
                        error(
                            file,
                            node,
                            "unknown rule setting '"
                                + v
                                + "' (use off, on, error, warning, info or style)")));
      }
    }
  }

  private static MappingNode mapping(Path file, Node node, String what) throws ConfigException {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw error(file, node, what + " must be a mapping (key: value lines)");
  }

  private static List<Node> list(Path file, Node node, String what) throws ConfigException {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    throw error(file, node, what + " must be a list ([a, b] or '- a' lines)");
  }

  private static String scalar(Path file, Node node, String what) throws ConfigException {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(file, node, "expected " + what + ", a single value");
  }

  private static boolean bool(Path file, Node node, String key) throws ConfigException {
    String v = scalar(file, node, key).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(file, node, key + ": expected true or false, not '" + v + "'");
    };
  }

  private static ConfigException error(Path file, Node node, String message) {
    Optional<Mark> m = node.getStartMark();
    return m.isPresent()
        ? new ConfigException(file, m.get().getLine() + 1, m.get().getColumn() + 1, message)
        : new ConfigException(file, message);
  }

  private static final class Builder {
    final Path file;
    final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Optional<LintSeverity> failureThreshold = LintConfig.DEFAULT.failureThreshold();
    final List<String> trustedRegistries = new ArrayList<>();
    final Map<String, LabelType> labelSchema = new LinkedHashMap<>();
    boolean strictLabels;
    boolean disableIgnorePragma;
    boolean shellcheck = true;
    Optional<Path> context = Optional.empty();
    Optional<String> outputFormat = Optional.empty();

    Builder(Path file) {
      this.file = file;
    }

    LintConfig build() {
      Optional<Path> ctx =
          context.map(
              c -> c.isAbsolute() ? c : file.toAbsolutePath().getParent().resolve(c).normalize());
      return new LintConfig(
          Optional.of(file),
          rules,
          failureThreshold,
          trustedRegistries,
          labelSchema,
          strictLabels,
          disableIgnorePragma,
          shellcheck,
          ctx,
          outputFormat);
    }
  }
}
