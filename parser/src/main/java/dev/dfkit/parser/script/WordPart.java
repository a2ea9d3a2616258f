package dev.dfkit.parser.script;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/** A part of a {@link ShellWord}, with its text as written. */
public sealed interface WordPart extends ShellNode
    permits Literal,
        SingleQuoted,
        DoubleQuoted,
        ParameterExpansion,
        CommandSubstitution,
        Backquote,
        ArithmeticExpansion,
        ProcessSubstitution,
        ArrayLiteral {

  String text();

  @Override
  SourceRange range();

  /** The part's value after quote removal, when it expands nothing. */
  default Optional<String> literalValue() {
    return Optional.empty();
  }
}
