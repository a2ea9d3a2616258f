package dev.dfkit.parser;

import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.diagnostic.Severity;
import dev.dfkit.parser.diagnostic.Suggestions;
import dev.dfkit.parser.diagnostic.SyntaxCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The flags one instruction accepts and the check of the flags written, after BuildKit's BFlags:
 * unknown, duplicate, missing-value and non-boolean flags are reported with BuildKit's messages.
 * Unlike BuildKit, every bad flag is reported, not just the first.
 */
final class FlagSet {

  enum Type {
    BOOL,
    STRING,
    STRINGS
  }

  private final Map<String, Type> declared = new LinkedHashMap<>();
  private final Map<String, List<Flag>> used = new HashMap<>();

  FlagSet bool(String name) {
    declared.put(name, Type.BOOL);
    return this;
  }

  FlagSet string(String name) {
    declared.put(name, Type.STRING);
    return this;
  }

  FlagSet strings(String name) {
    declared.put(name, Type.STRINGS);
    return this;
  }

  /** Checks {@code flags}; problems go to {@code out} with {@code severity}. */
  FlagSet check(List<Flag> flags, Severity severity, List<Diagnostic> out) {
    for (Flag flag : flags) {
      String dashed = "--" + flag.name();
      Type type = declared.get(flag.name());
      if (type == null) {
        String msg =
            Suggestions.withSuggestion(
                "unknown flag: " + dashed, flag.name(), declared.keySet(), true);
        out.add(new Diagnostic(flag.nameRange(), severity, SyntaxCodes.UNKNOWN_FLAG, msg));
        continue;
      }
      if (used.containsKey(flag.name()) && type != Type.STRINGS) {
        out.add(
            new Diagnostic(
                flag.range(),
                severity,
                SyntaxCodes.DUPLICATE_FLAG,
                "duplicate flag specified: " + dashed));
        continue;
      }
      String problem =
          switch (type) {
            case BOOL -> {
              if (flag.hasValue() && flag.value().isEmpty()) {
                yield "missing a value on flag: " + dashed;
              }
              String v = flag.hasValue() ? flag.value().toLowerCase(Locale.ROOT) : "";
              yield v.equals("true") || v.equals("false") || v.isEmpty()
                  ? null
                  : "expecting boolean value for flag " + dashed + ", not: " + flag.value();
            }
            case STRING, STRINGS -> flag.hasValue() ? null : "missing a value on flag: " + dashed;
          };
      if (problem != null) {
        String code =
            problem.startsWith("missing")
                ? SyntaxCodes.MISSING_FLAG_VALUE
                : SyntaxCodes.INVALID_FLAG_VALUE;
        out.add(new Diagnostic(flag.range(), severity, code, problem));
        continue;
      }
      used.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(flag);
    }
    return this;
  }

  Optional<Flag> one(String name) {
    List<Flag> flags = used.get(name);
    return flags == null ? Optional.empty() : Optional.of(flags.get(0));
  }

  List<Flag> all(String name) {
    return List.copyOf(used.getOrDefault(name, List.of()));
  }
}
