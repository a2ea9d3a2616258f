package dev.dfkit.parser.ast;

/** One {@code key[=value]} field of a {@code --mount} value, as written. */
public record MountOption(String key, String value) {

  public boolean hasValue() {
    return value != null;
  }
}
