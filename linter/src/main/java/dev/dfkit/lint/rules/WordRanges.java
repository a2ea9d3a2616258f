package dev.dfkit.lint.rules;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableReference;
import dev.dfkit.parser.source.LogicalText;
import dev.dfkit.parser.source.SourceRange;

/**
 * Maps positions inside a word's value back to the source, so findings point at the exact
 * characters (a {@code $NAME} reference, a protocol) rather than at the whole instruction. When a
 * word's value cannot be traced character by character (JSON escapes, flag quotes), the whole word
 * is used.
 */
final class WordRanges {

  private WordRanges() {}

  /** The source range of {@code word.value()[start, end)}, or the word's range. */
  static SourceRange of(
      Dockerfile dockerfile, InstructionSyntax syntax, Word word, int start, int end) {
    SourceRange range = word.range();
    String value = word.value();
    String written = dockerfile.text(range);
    if (written.equals(value)) {
      return dockerfile.lines().range(range.startOffset() + start, range.startOffset() + end);
    }
    if (written.equals("\"" + value + "\"") && value.indexOf('\\') < 0) {
      // A JSON string without escapes: the value starts after the quote.
      return dockerfile
          .lines()
          .range(range.startOffset() + 1 + start, range.startOffset() + 1 + end);
    }
    // A word spread over several lines: find where it starts in the logical line.
    LogicalText line = syntax.line();
    String text = line.text();
    for (int i = 0; i + value.length() <= text.length(); i++) {
      int offset = line.sourceOffset(i);
      if (offset > range.startOffset()) {
        break;
      }
      if (offset == range.startOffset() && text.startsWith(value, i)) {
        return line.range(i + start, i + end);
      }
    }
    return range;
  }

  /** The first reference to variable {@code name} in the word, or the word's range. */
  static SourceRange reference(
      Dockerfile dockerfile, InstructionSyntax syntax, Word word, String name) {
    for (VariableReference ref : ShellLexer.references(word.value(), dockerfile.escape())) {
      if (ref.name().equals(name)) {
        return of(dockerfile, syntax, word, ref.start(), ref.end());
      }
    }
    return word.range();
  }

  /** A flag's value as a word (its value after quote processing, at its value range). */
  static Word value(Flag flag) {
    return new Word(flag.value() == null ? "" : flag.value(), flag.valueRange());
  }
}
