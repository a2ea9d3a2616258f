package dev.dfkit.parser.semantic;

import dev.dfkit.parser.ast.Word;
import java.util.Optional;
import java.util.Set;

/**
 * A word after variable expansion, with the variables it used.
 *
 * @param word the word as written
 * @param value the expanded value; empty when expansion failed
 * @param matched variables looked up and found
 * @param unmatched variables looked up and not set
 * @param error BuildKit's message when expansion failed ({@code ${X:?msg}}, a bad modifier)
 */
public record ExpandedWord(
    Word word,
    Optional<String> value,
    Set<String> matched,
    Set<String> unmatched,
    Optional<String> error) {

  public ExpandedWord {
    matched = Set.copyOf(matched);
    unmatched = Set.copyOf(unmatched);
  }
}
