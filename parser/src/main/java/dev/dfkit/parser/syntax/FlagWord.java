package dev.dfkit.parser.syntax;

/**
 * A leading {@code --flag} word after quote processing. {@code origins[i]} is the index in the
 * logical line of {@code value.charAt(i)}, so parts of the flag (name, value) map back exactly.
 */
public record FlagWord(String value, int start, int end, int[] origins) {

  /** Line index just after the character at {@code index} of the value, or the word end. */
  public int originEnd(int index) {
    return index < origins.length ? origins[index] : end;
  }

  /** Line index of the character at {@code index} of the value, or the word end. */
  public int originStart(int index) {
    return index < origins.length ? origins[index] : end;
  }
}
