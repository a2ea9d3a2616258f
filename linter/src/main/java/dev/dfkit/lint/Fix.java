package dev.dfkit.lint;

import dev.dfkit.parser.MovedTail;
import dev.dfkit.parser.source.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** A safe automatic fix: what it does, and the edits that do it. */
public record Fix(String description, List<TextEdit> edits) {

  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix of(String description, TextEdit... edits) {
    return new Fix(description, List.of(edits));
  }

  /** This fix of an earlier text's moved part, its edits where they are now. */
  Fix moved(MovedTail m) {
    List<TextEdit> out = new ArrayList<>(edits.size());
    for (TextEdit e : edits) {
      out.add(new TextEdit(m.moved(e.range()), e.newText()));
    }
    return new Fix(description, out);
  }
}
