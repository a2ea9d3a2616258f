package dev.dfkit.ls.services;

import dev.dfkit.parser.ast.Dockerfile;
import dev.dfkit.parser.ast.Flag;
import dev.dfkit.parser.ast.InstructionSyntax;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * Source ranges of characters inside a word's value. A range is only given when the source
 * characters are exactly the value's (a rename must never rewrite a JSON escape or a quote), so
 * callers can edit it safely.
 */
final class WordSpans {

  private WordSpans() {}

  /** The source range of {@code word.value()[from, to)}, when it can be traced exactly. */
  static Optional<SourceRange> of(
      Dockerfile dockerfile, InstructionSyntax syntax, Word word, int from, int to) {
    String value = word.value();
    if (from < 0 || to > value.length() || from > to) {
      return Optional.empty();
    }
    SourceRange range = word.range();
    int start = range.startOffset();
    String written = dockerfile.text(range);
    SourceRange found;
    if (written.equals(value)) {
      found = dockerfile.lines().range(start + from, start + to);
    } else if (written.length() == value.length() + 2
        && written.charAt(0) == '"'
        && written.regionMatches(1, value, 0, value.length())
        && value.indexOf('\\') < 0) {
      // A JSON string without escapes: the value starts after the quote.
      found = dockerfile.lines().range(start + 1 + from, start + 1 + to);
    } else if (syntax != null) {
      // A word spread over continuation lines: its logical line knows where each character is.
      found = syntax.rangeWithin(word, from, to);
    } else {
      return Optional.empty();
    }
    return exact(dockerfile, found, value.substring(from, to));
  }

  /** A flag's value as a word (its value after quote processing, at its value range). */
  static Word value(Flag flag) {
    return new Word(flag.value() == null ? "" : flag.value(), flag.valueRange());
  }

  /** The range, when its source text is exactly {@code expected}. */
  static Optional<SourceRange> exact(Dockerfile dockerfile, SourceRange range, String expected) {
    return range.length() == expected.length() && dockerfile.text(range).equals(expected)
        ? Optional.of(range)
        : Optional.empty();
  }
}
