package dev.dfkit.parser.ast;

import dev.dfkit.parser.diagnostic.Suggestions;
import java.util.List;
import java.util.Locale;

/**
 * A {@code RUN --device=name[,required]}: a CDI device made available to the command.
 *
 * @param flag the {@code --device} flag this came from
 */
public record Device(Flag flag, String name, boolean required) {

  /** Parses a {@code --device} value; messages follow BuildKit. */
  public static Device parse(Flag flag, String text) throws FlagValueException {
    List<String> fields;
    try {
      fields = CsvFields.split(text);
    } catch (FlagValueException e) {
      throw new FlagValueException("failed to parse csv devices: " + e.getMessage());
    }
    String name = "";
    boolean required = false;
    for (String field : fields) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (eq < 0) {
        if (key.equals("required")) {
          required = true;
        } else if (name.isEmpty()) {
          name = field;
        } else {
          throw new FlagValueException("invalid field '" + field + "' must be a key=value pair");
        }
        continue;
      }
      String value = field.substring(eq + 1);
      switch (key) {
        case "name" -> {
          if (!name.isEmpty()) {
            throw new FlagValueException("device name already set to " + name);
          }
          name = value;
        }
        case "required" -> required = Mount.parseBool(key, value);
        default -> {
          if (name.isEmpty()) {
            name = field;
          } else {
            String msg = "unexpected key '" + key + "' in '" + field + "'";
            throw new FlagValueException(
                Suggestions.withSuggestion(msg, key, List.of("name", "required"), true));
          }
        }
      }
    }
    return new Device(flag, name, required);
  }
}
