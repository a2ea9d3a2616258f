package dev.dfkit.format;

import dev.dfkit.parser.source.SourceRange;

/**
 * Why the formatter left an instruction (or the file) as written.
 *
 * @param range the text left untouched, in the input
 * @param kind whether this was a deliberate choice or the safety check catching a layout mistake
 * @param message what was left alone and why
 */
public record FormatNote(SourceRange range, Kind kind, String message) {

  public enum Kind {
    /**
     * The formatter cannot prove a new layout keeps the meaning (an unknown instruction, a shell it
     * does not model, a comment inside a word, ...), so it keeps the text.
     */
    KEPT,
    /**
     * A layout was computed but the check that runs inside the formatter found it would change the
     * parsed tree or not be stable under a second run; the text was kept. This is a formatter bug:
     * please report the input.
     */
    GUARD
  }

  @Override
  public String toString() {
    return range.start().display()
        + ": "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + message;
  }
}
