package dev.dfkit.format.layout;

/**
 * Thrown by a layout that cannot prove a new layout of an instruction keeps its meaning; the
 * instruction is then kept as written and the message says why.
 */
final class Unsafe extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unsafe(String message) {
    super(message, null, false, false);
  }
}
