package dev.dfkit.ls.services.edits;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.dfkit.ls.document.Positions;
import dev.dfkit.parser.source.LineMap;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/**
 * Edits as an editor wants them: as small as possible, so the cursor, folds and undo history of
 * untouched text stay put.
 */
public final class TextEdits {

  private TextEdits() {}

  /**
   * {@code text[start, end)} replaced by {@code replacement}, without the characters both share at
   * either end; empty when nothing changes.
   */
  public static List<TextEdit> minimal(
      String text, LineMap lines, int start, int end, String replacement) {
    int prefix = 0;
    int max = Math.min(end - start, replacement.length());
    while (prefix < max && text.charAt(start + prefix) == replacement.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && text.charAt(end - 1 - suffix) == replacement.charAt(replacement.length() - 1 - suffix)) {
      suffix++;
    }
    // Never cut a surrogate pair in two.
    if (prefix > 0 && Character.isHighSurrogate(text.charAt(start + prefix - 1))) {
      prefix--;
    }
    if (suffix > 0 && Character.isLowSurrogate(text.charAt(end - suffix))) {
      suffix--;
    }
    int s = start + prefix;
    int e = end - suffix;
    String r = replacement.substring(prefix, replacement.length() - suffix);
    if (s == e && r.isEmpty()) {
      return List.of();
    }
    return List.of(new TextEdit(Positions.range(lines, s, e), r));
  }

  /** dfkit edits of {@code text}, each made minimal. */
  public static List<TextEdit> of(
      String text, LineMap lines, List<dev.dfkit.parser.source.TextEdit> edits) {
    List<TextEdit> out = new ArrayList<>();
    for (dev.dfkit.parser.source.TextEdit e : edits) {
      out.addAll(minimal(text, lines, e.range().startOffset(), e.range().endOffset(), e.newText()));
    }
    return out;
  }

  /** The edits that turn {@code before} into {@code after}: a line diff, each hunk made minimal. */
  public static List<TextEdit> diff(String before, LineMap lines, String after) {
    if (before.equals(after)) {
      return List.of();
    }
    List<String> a = splitKeepingEnds(before);
    List<String> b = splitKeepingEnds(after);
    int[] starts = new int[a.size() + 1];
    for (int i = 0; i < a.size(); i++) {
      starts[i + 1] = starts[i] + a.get(i).length();
    }
    List<TextEdit> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      Chunk<String> source = d.getSource();
      int from = starts[source.getPosition()];
      int to = starts[source.getPosition() + source.size()];
      out.addAll(minimal(before, lines, from, to, String.join("", d.getTarget().getLines())));
    }
    return out;
  }

  private static List<String> splitKeepingEnds(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
