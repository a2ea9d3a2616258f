package dev.dfkit.lint;

import dev.dfkit.parser.source.TextEdit;
import java.util.List;

/** A safe automatic fix: what it does, and the edits that do it. */
public record Fix(String description, List<TextEdit> edits) {

  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix of(String description, TextEdit... edits) {
    return new Fix(description, List.of(edits));
  }
}
