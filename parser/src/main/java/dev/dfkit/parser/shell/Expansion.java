package dev.dfkit.parser.shell;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The result of expanding one word without word splitting (BuildKit's {@code
 * ProcessWordWithMatches}).
 *
 * @param result the expanded text, quotes removed and escapes applied
 * @param matched names that were looked up and found, in lookup order
 * @param unmatched names that were looked up and not found, in lookup order (what the {@code
 *     UndefinedVar} lint rule reports)
 */
public record Expansion(String result, Set<String> matched, Set<String> unmatched) {

  public Expansion {
    Objects.requireNonNull(result, "result");
    matched =
        matched.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(matched));
    unmatched =
        unmatched.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(new LinkedHashSet<>(unmatched));
  }
}
