package dev.dfkit.parser.ast;

/** A flag value that does not parse; the message is BuildKit's wording where it has one. */
public final class FlagValueException extends Exception {

  private static final long serialVersionUID = 1L;

  public FlagValueException(String message) {
    super(message);
  }
}
