package dev.dfkit.ls.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.FormatOptions.OperatorPosition;
import dev.dfkit.format.config.OptionOverrides;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.config.RuleSetting;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The client's {@code dfls} settings, read leniently: a value of the wrong kind, an unknown rule or
 * key is reported through {@code warn} and ignored, never a failure.
 *
 * <pre>
 * "dfls": {
 *   "rules": { "DL3008": "off", "StageNameCasing": "error", "DL3059": "on" },
 *   "context": "build",             // the build context, relative to the workspace folder
 *   "format": { "indent": 4, "maxWidth": 100, "operators": "leading",
 *               "blankLineBeforeFrom": true, "endOfLine": "auto" },
 *   "diagnostics": { "debounce": 0 }   // milliseconds after the last change
 * }
 * </pre>
 *
 * @param rules per-rule settings, over {@code .dflint.yaml}'s
 * @param context the build context folder as written
 * @param format dffmt options, over {@code .dflint.yaml}'s and {@code .editorconfig}'s
 * @param debounceMillis how long diagnostics wait for typing to pause
 */
public record Settings(
    Map<String, RuleSetting> rules,
    Optional<String> context,
    OptionOverrides format,
    int debounceMillis) {

  public static final int DEFAULT_DEBOUNCE_MILLIS = 0;

  public static final Settings DEFAULT =
      new Settings(Map.of(), Optional.empty(), OptionOverrides.NONE, DEFAULT_DEBOUNCE_MILLIS);

  public Settings {
    rules = Map.copyOf(rules);
  }

  /**
   * Reads the {@code dfls} section ({@code json} may also be the whole settings object holding a
   * {@code dfls} member, as {@code didChangeConfiguration} sends it). Anything unreadable leaves
   * the default.
   */
  public static Settings from(Object json, Set<String> knownRules, Consumer<String> warn) {
    if (!(json instanceof JsonObject o)) {
      return DEFAULT;
    }
    if (o.has("dfls") && o.get("dfls").isJsonObject()) {
      o = o.getAsJsonObject("dfls");
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Optional<String> context = Optional.empty();
    OptionOverrides format = OptionOverrides.NONE;
    int debounce = DEFAULT_DEBOUNCE_MILLIS;
    for (Entry<String, JsonElement> e : o.entrySet()) {
      JsonElement v = e.getValue();
      switch (e.getKey()) {
        case "rules" -> {
          if (v.isJsonObject()) {
            readRules(v.getAsJsonObject(), knownRules, rules, warn);
          } else {
            warn.accept("dfls.rules: expected an object of rule ids, ignored");
          }
        }
        case "context" -> {
          Optional<String> s = string(v);
          if (s.isPresent() && !s.get().isBlank()) {
            context = s;
          } else if (!v.isJsonNull()) {
            warn.accept("dfls.context: expected a folder path, ignored");
          }
        }
        case "format" -> {
          if (v.isJsonObject()) {
            format = readFormat(v.getAsJsonObject(), warn);
          } else if (!v.isJsonNull()) {
            warn.accept("dfls.format: expected an object, ignored");
          }
        }
        case "diagnostics" -> {
          if (v.isJsonObject() && v.getAsJsonObject().has("debounce")) {
            Optional<Integer> n = integer(v.getAsJsonObject().get("debounce"));
            if (n.isPresent() && n.get() >= 0 && n.get() <= 10_000) {
              debounce = n.get();
            } else {
              warn.accept("dfls.diagnostics.debounce: expected milliseconds (0-10000), ignored");
            }
          }
        }
        default -> warn.accept("dfls." + e.getKey() + ": unknown setting, ignored");
      }
    }
    return new Settings(rules, context, format, debounce);
  }

  private static void readRules(
      JsonObject o, Set<String> known, Map<String, RuleSetting> out, Consumer<String> warn) {
    for (Entry<String, JsonElement> r : o.entrySet()) {
      String id = r.getKey();
      if (!known.contains(id) && !id.matches("SC\\d{4}")) {
        warn.accept("dfls.rules: unknown rule '" + id + "', ignored");
        continue;
      }
      JsonElement v = r.getValue();
      Optional<RuleSetting> setting = Optional.empty();
      if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
        setting = Optional.of(v.getAsBoolean() ? RuleSetting.ON : RuleSetting.OFF);
      } else if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
        String s = v.getAsString().strip().toLowerCase(Locale.ROOT);
        setting =
            switch (s) {
              case "off", "false", "ignore", "none" -> Optional.of(RuleSetting.OFF);
              case "on", "true" -> Optional.of(RuleSetting.ON);
              default -> LintSeverity.parse(s).map(RuleSetting::at);
            };
      }
      if (setting.isPresent()) {
        out.put(id, setting.get());
      } else {
        warn.accept(
            "dfls.rules."
                + id
                + ": use off, on, error, warning, info or style, not "
                + v
                + "; ignored");
      }
    }
  }

  private static OptionOverrides readFormat(JsonObject o, Consumer<String> warn) {
    Optional<Integer> indent = Optional.empty();
    Optional<Integer> width = Optional.empty();
    Optional<OperatorPosition> operators = Optional.empty();
    Optional<Boolean> blank = Optional.empty();
    Optional<LineEnding> eol = Optional.empty();
    for (Entry<String, JsonElement> e : o.entrySet()) {
      JsonElement v = e.getValue();
      String key = e.getKey();
      switch (key) {
        case "indent" -> {
          indent = integer(v).filter(n -> n >= 1 && n <= 16);
          if (indent.isEmpty()) {
            warn.accept("dfls.format.indent: expected 1 to 16, ignored");
          }
        }
        case "maxWidth", "max-width" -> {
          width = integer(v).filter(n -> n >= 20);
          if (width.isEmpty()) {
            warn.accept("dfls.format.maxWidth: expected a number of at least 20, ignored");
          }
        }
        case "operators" -> {
          Optional<String> s = string(v).map(x -> x.toLowerCase(Locale.ROOT));
          operators =
              s.flatMap(
                  x ->
                      switch (x) {
                        case "leading" -> Optional.of(OperatorPosition.LEADING);
                        case "trailing" -> Optional.of(OperatorPosition.TRAILING);
                        default -> Optional.empty();
                      });
          if (operators.isEmpty()) {
            warn.accept("dfls.format.operators: use leading or trailing; ignored");
          }
        }
        case "blankLineBeforeFrom", "blank-line-before-from" -> {
          blank =
              v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()
                  ? Optional.of(v.getAsBoolean())
                  : Optional.empty();
          if (blank.isEmpty()) {
            warn.accept("dfls.format.blankLineBeforeFrom: expected true or false, ignored");
          }
        }
        case "endOfLine", "end-of-line" -> {
          eol = string(v).flatMap(LineEnding::parse);
          if (eol.isEmpty()) {
            warn.accept("dfls.format.endOfLine: use auto, lf or crlf; ignored");
          }
        }
        default -> warn.accept("dfls.format." + key + ": unknown option, ignored");
      }
    }
    OptionOverrides out = new OptionOverrides(indent, width, operators, blank, eol);
    try {
      out.applyTo(FormatOptions.DEFAULTS);
      return out;
    } catch (IllegalArgumentException e) {
      warn.accept("dfls.format: " + e.getMessage() + "; ignored");
      return OptionOverrides.NONE;
    }
  }

  private static Optional<String> string(JsonElement v) {
    return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()
        ? Optional.of(v.getAsString())
        : Optional.empty();
  }

  private static Optional<Integer> integer(JsonElement v) {
    if (v != null && v.isJsonPrimitive()) {
      JsonPrimitive p = v.getAsJsonPrimitive();
      try {
        if (p.isNumber()) {
          double d = p.getAsDouble();
          return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
              ? Optional.of((int) d)
              : Optional.empty();
        }
        if (p.isString()) {
          return Optional.of(Integer.parseInt(p.getAsString().strip()));
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
