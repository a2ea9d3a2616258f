package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;
import java.util.List;

/**
 * What every instruction has, whatever its type: where it is, its keyword and flags as written, its
 * arguments as BuildKit's parser holds them, and everything that makes the tree lossless.
 *
 * @param range from the keyword to the end of the instruction's last line, including heredoc bodies
 *     and terminators; line terminators excluded
 * @param keyword the keyword as written
 * @param flags the leading {@code --flag} words, in order
 * @param arguments the argument nodes of BuildKit's parser (what {@code dfparse --format buildkit}
 *     prints); for ENV and LABEL they come in (key, value, separator) triples
 * @param execForm true when the arguments were written as a JSON array
 * @param line the logical line: continuations joined, comment and empty lines inside dropped,
 *     mapped back to the source
 * @param precedingComments comments since the previous instruction (BuildKit's rule: an empty
 *     {@code #} line clears them; parser directives are not comments)
 * @param innerComments comment lines inside a continuation
 * @param emptyContinuationLines whitespace-only lines inside a continuation (deprecated); each
 *     range covers the whitespace, line terminator excluded
 * @param continuations each line-continuation escape, from the escape character to the line end
 *     (line terminator excluded); a line holding only the escape character just before the keyword
 *     is the first one
 * @param heredocs here-documents, in the order their bodies follow
 */
public record InstructionSyntax(
    SourceRange range,
    Keyword keyword,
    List<Flag> flags,
    List<Word> arguments,
    boolean execForm,
    LogicalText line,
    List<Comment> precedingComments,
    List<Comment> innerComments,
    List<SourceRange> emptyContinuationLines,
    List<SourceRange> continuations,
    List<Heredoc> heredocs) {

  public InstructionSyntax {
    flags = List.copyOf(flags);
    arguments = List.copyOf(arguments);
    precedingComments = List.copyOf(precedingComments);
    innerComments = List.copyOf(innerComments);
    emptyContinuationLines = List.copyOf(emptyContinuationLines);
    continuations = List.copyOf(continuations);
    heredocs = List.copyOf(heredocs);
  }

  /**
   * The source range of characters {@code [from, to)} of an argument word's value, through
   * continuations. Meant for words whose value is their text on the logical line (not exec-form
   * strings, whose value is decoded JSON); falls back to the whole word otherwise.
   */
  public SourceRange rangeWithin(Word word, int from, int to) {
    int start = line.indexOfSource(word.range().startOffset());
    if (start < 0
        || from < 0
        || to < from
        || start + to > line.length()
        || !line.text().startsWith(word.value(), start)) {
      return word.range();
    }
    return line.range(start + from, start + to);
  }

  /** True when the instruction spans more than one physical line. */
  public boolean isMultiLine() {
    return range.start().line() != range.end().line();
  }
}
