package dev.dfkit.parser.dump;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Onbuild;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.syntax.Whitespace;
import java.util.List;
import java.util.Locale;

/**
 * BuildKit's {@code Node.Dump()}: one s-expression per instruction, e.g. {@code (copy ["--from=a"]
 * "x" "/y")}. The conformance corpus is written in it, and {@code dfparse --format buildkit} prints
 * it, so it must match BuildKit byte for byte.
 */
public final class BuildKitDump {

  private BuildKitDump() {}

  /** The dump of a whole file: one line per instruction, each ending in a newline. */
  public static String dump(Dockerfile dockerfile) {
    StringBuilder out = new StringBuilder();
    for (Instruction i : dockerfile.instructions()) {
      out.append('(').append(dump(i)).append(")\n");
    }
    return out.toString();
  }

  /** The dump of one instruction, without the surrounding parentheses. */
  public static String dump(Instruction instruction) {
    StringBuilder out = new StringBuilder();
    instruction(instruction, out);
    return trimSpace(out);
  }

  /** Go's strings.TrimSpace, which BuildKit applies to each node's dump. */
  private static String trimSpace(CharSequence s) {
    int start = 0;
    int end = s.length();
    while (start < end && Whitespace.isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && Whitespace.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.subSequence(start, end).toString();
  }

  private static void instruction(Instruction i, StringBuilder out) {
    out.append(i.keyword().text().toLowerCase(Locale.ROOT));
    List<Flag> flags = i.flags();
    if (!flags.isEmpty()) {
      out.append(" [");
      for (int k = 0; k < flags.size(); k++) {
        if (k > 0) {
          out.append(' ');
        }
        GoQuote.quoteTo(flags.get(k).text(), out);
      }
      out.append(']');
    }
    if (i instanceof Onbuild onbuild) {
      onbuild
          .trigger()
          .ifPresent(
              t -> {
                out.append(" (").append(dump(t)).append(')');
              });
      return;
    }
    for (Word w : i.syntax().arguments()) {
      out.append(' ');
      GoQuote.quoteTo(w.value(), out);
    }
  }
}
