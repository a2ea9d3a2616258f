package dev.dfkit.parser.shell;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The variables a word is expanded against (BuildKit's {@code EnvGetter}).
 *
 * <p>Lookups are case-sensitive, as on Linux.
 */
public interface VariableLookup {

  /** A lookup with no variables at all. */
  VariableLookup EMPTY =
      new VariableLookup() {
        @Override
        public String get(String name) {
          return null;
        }

        @Override
        public Collection<String> names() {
          return List.of();
        }

        @Override
        public String toString() {
          return "VariableLookup.EMPTY";
        }
      };

  /**
   * The value of a variable.
   *
   * @return the value, {@code ""} when set but empty, or {@code null} when unset
   */
  String get(String name);

  /** All defined names, in definition order (used for "did you mean" suggestions). */
  Collection<String> names();

  /**
   * A lookup over a snapshot of {@code vars}; iteration order of the map is kept, so pass a {@link
   * java.util.LinkedHashMap} for definition order. Entries with a {@code null} value are unset.
   */
  static VariableLookup of(Map<String, String> vars) {
    return new MapVariables(vars);
  }
}
