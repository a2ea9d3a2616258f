package dev.dfkit.format;

import dev.dfkit.parser.diagnostic.Diagnostic;
import dev.dfkit.parser.source.TextEdit;
import java.util.List;

/**
 * What {@link Formatter} did with a text.
 *
 * @param input the text given
 * @param text the formatted text; equal to {@code input} when formatting was refused
 * @param edits edits that turn {@code input} into {@code text} (for range formatting: only those
 *     inside the range, and {@code text} is {@code input} with them applied)
 * @param diagnostics the syntax errors that made the formatter refuse; empty when it formatted
 * @param notes what was deliberately left as written, and why
 */
public record FormatResult(
    String input,
    String text,
    List<TextEdit> edits,
    List<Diagnostic> diagnostics,
    List<FormatNote> notes) {

  public FormatResult {
    edits = List.copyOf(edits);
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
  }

  /** True when the input had syntax errors where it was to be formatted, so nothing changed. */
  public boolean refused() {
    return !diagnostics.isEmpty();
  }

  /** True when the formatted text differs from the input. */
  public boolean changed() {
    return !text.equals(input);
  }
}
