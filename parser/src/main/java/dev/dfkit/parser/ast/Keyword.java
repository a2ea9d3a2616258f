package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.Locale;

/** An instruction keyword exactly as written ({@code RUN}, {@code run}, {@code Run}). */
public record Keyword(String text, SourceRange range) {

  /** The keyword in upper case, as the reference spells it. */
  public String canonical() {
    return text.toUpperCase(Locale.ROOT);
  }
}
