package dev.dfkit.parser.syntax;

/** A string taken from a logical line, with the span {@code [start, end)} it came from. */
public record Piece(String value, int start, int end) {

  static Piece of(String line, int start, int end) {
    return new Piece(line.substring(start, end), start, end);
  }
}
