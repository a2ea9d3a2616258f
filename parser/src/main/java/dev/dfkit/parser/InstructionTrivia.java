package dev.dfkit.parser;

import dev.dfkit.parser.ast.Comment;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/** What an instruction's continuation lines hold besides its text. */
record InstructionTrivia(
    List<Comment> innerComments, List<SourceRange> emptyLines, List<SourceRange> continuations) {

  static final InstructionTrivia NONE = new InstructionTrivia(List.of(), List.of(), List.of());

  /** The part inside {@code [start, end)} (source offsets), for an ONBUILD trigger. */
  InstructionTrivia within(int start, int end) {
    return new InstructionTrivia(
        innerComments.stream()
            .filter(c -> c.range().startOffset() >= start && c.range().endOffset() <= end)
            .toList(),
        emptyLines.stream().filter(r -> r.startOffset() >= start && r.endOffset() <= end).toList(),
        continuations.stream()
            .filter(r -> r.startOffset() >= start && r.endOffset() <= end)
            .toList());
  }
}
