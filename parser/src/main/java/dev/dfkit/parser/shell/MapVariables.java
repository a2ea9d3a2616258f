package dev.dfkit.parser.shell;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link VariableLookup} over a copied, insertion-ordered map. */
final class MapVariables implements VariableLookup {
  private final Map<String, String> values;
  private final Collection<String> names;

  MapVariables(Map<String, String> vars) {
    Map<String, String> copy = new LinkedHashMap<>();
    vars.forEach(
        (name, value) -> {
          if (name != null && value != null) {
            copy.put(name, value);
          }
        });
    this.values = copy;
    this.names = Collections.unmodifiableSet(copy.keySet());
  }

  @Override
  public String get(String name) {
    return values.get(name);
  }

  @Override
  public Collection<String> names() {
    return names;
  }

  @Override
  public String toString() {
    return "VariableLookup" + values;
  }
}
