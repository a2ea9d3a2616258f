package dev.dfkit.parser.shell;

/**
 * A string that allows a fixed number of character reads, so a backtracking regex match on it stops
 * instead of running for hours.
 */
final class BudgetedText implements CharSequence {
  /** Thrown from {@link #charAt} once the budget is spent; carries no stack trace. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("character read budget exhausted", null, false, false);
    }
  }

  private final String text;
  private long remaining;

  BudgetedText(String text, long reads) {
    this.text = text;
    this.remaining = reads;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    if (--remaining < 0) {
      throw new Exhausted();
    }
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
