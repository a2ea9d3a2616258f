package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile.
 *
 * @param text the source text, unchanged
 * @param lines offsets to line/column positions for {@code text}
 * @param escape the escape character in effect ({@code \} or {@code `})
 * @param bom whether the text starts with a byte-order mark
 * @param directives the parser directives at the top
 * @param elements every top-level line in order: directives, comments, blank lines, instructions
 * @param instructions the top-level instructions in order (ONBUILD triggers are inside theirs)
 * @param globalArgs the ARG instructions before the first FROM
 * @param stages the build stages in order
 * @param tokens every token; together they are the text
 */
public record Dockerfile(
    String text,
    LineMap lines,
    char escape,
    boolean bom,
    List<Directive> directives,
    List<Element> elements,
    List<Instruction> instructions,
    List<Arg> globalArgs,
    List<Stage> stages,
    SyntaxTokens tokens) {

  public Dockerfile {
    directives = List.copyOf(directives);
    elements = List.copyOf(elements);
    instructions = List.copyOf(instructions);
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
  }

  /** The source text of a range. */
  public String text(SourceRange range) {
    return text.substring(range.startOffset(), range.endOffset());
  }

  /** The directive with this name (lower case), if present. */
  public Optional<Directive> directive(String name) {
    return directives.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The stage with this name (case-insensitive) or index, as {@code COPY --from} resolves it. */
  public Optional<Stage> stage(String nameOrIndex) {
    String wanted = nameOrIndex.toLowerCase(java.util.Locale.ROOT);
    for (Stage s : stages) {
      if (s.name().map(wanted::equals).orElse(false)) {
        return Optional.of(s);
      }
    }
    try {
      int index = Integer.parseInt(nameOrIndex);
      return index >= 0 && index < stages.size()
          ? Optional.of(stages.get(index))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Rebuilds the source from the tokens; equal to {@link #text()} (the tree is lossless). */
  public String print() {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < tokens.size(); i++) {
      out.append(text, tokens.start(i), tokens.end(i));
    }
    return out.toString();
  }
}
