package dev.dfkit.parser.shell;

/**
 * Internal signal carrying BuildKit's unwrapped error text; {@link ShellLexer} turns it into an
 * {@link ExpansionException} naming the whole word.
 */
final class ExpansionFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  ExpansionFailure(String reason, int offset) {
    super(reason, null, false, false);
    this.offset = offset;
  }

  int offset() {
    return offset;
  }
}
