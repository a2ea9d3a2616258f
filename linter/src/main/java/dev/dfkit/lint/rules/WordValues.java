package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.ast.Word;
import dev.dfkit.parser.semantic.ExpandedWord;
import dev.dfkit.parser.shell.ExpansionException;
import dev.dfkit.parser.shell.ShellLexer;
import dev.dfkit.parser.shell.VariableLookup;
import dev.dfkit.parser.source.LineMap;
import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/** What the hadolint rules need to know about a word: its literal text and its known value. */
final class WordValues {

  private WordValues() {}

  /**
   * The word with quotes and escapes processed and variable references left as written ({@code "a
   * b"} is {@code a b}, {@code "$X/y"} is {@code $X/y}).
   */
  static String literal(LintContext context, Word word) {
    try {
      return ShellLexer.of(context.dockerfile().escape())
          .withSkipUnsetEnv(true)
          .processWord(word.value(), VariableLookup.EMPTY)
          .result();
    } catch (ExpansionException e) {
      return word.value();
    }
  }

  /**
   * The value the build gives the word at {@code at}, when the file says what it is: the expansion
   * succeeds and every variable it uses is set (an ARG default counts; an ARG without a default, or
   * a name the base image may define, does not).
   */
  static Optional<String> known(LintContext context, Instruction at, Word word) {
    return known(context.variables().expand(word, context.variables().before(at)));
  }

  /** The value of an expanded word, when every variable it uses is set. */
  static Optional<String> known(ExpandedWord expanded) {
    if (expanded.error().isPresent() || !expanded.unmatched().isEmpty()) {
      return Optional.empty();
    }
    return expanded.value();
  }

  /** True when the word refers to a variable. */
  static boolean hasVariables(LintContext context, Word word) {
    return !ShellLexer.references(word.value(), context.dockerfile().escape()).isEmpty();
  }

  /**
   * The source range of characters {@code [start, end)} of the word's value; the whole word when
   * its value is not its source text (it spans lines or was decoded from JSON).
   */
  static SourceRange part(LintContext context, Word word, int start, int end) {
    SourceRange range = word.range();
    if (!context.dockerfile().text(range).equals(word.value())) {
      return range;
    }
    LineMap lines = context.dockerfile().lines();
    return lines.range(range.startOffset() + start, range.startOffset() + end);
  }
}
