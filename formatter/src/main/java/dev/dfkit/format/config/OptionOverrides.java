package dev.dfkit.format.config;

import dev.dfkit.format.FormatOptions;
import dev.dfkit.format.FormatOptions.LineEnding;
import dev.dfkit.format.FormatOptions.OperatorPosition;
import java.util.Optional;

/**
 * Options set by one source (the command line, {@code .dflint.yaml}, {@code .editorconfig}); what a
 * source leaves unset comes from the sources below it.
 */
public record OptionOverrides(
    Optional<Integer> indent,
    Optional<Integer> maxWidth,
    Optional<OperatorPosition> operators,
    Optional<Boolean> blankLineBeforeFrom,
    Optional<LineEnding> lineEnding) {

  public static final OptionOverrides NONE =
      new OptionOverrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** These options over {@code base}. */
  public FormatOptions applyTo(FormatOptions base) {
    FormatOptions o = base;
    if (indent.isPresent()) {
      o = o.withIndent(indent.get());
    }
    if (maxWidth.isPresent()) {
      o = o.withMaxWidth(maxWidth.get());
    }
    if (operators.isPresent()) {
      o = o.withOperators(operators.get());
    }
    if (blankLineBeforeFrom.isPresent()) {
      o = o.withBlankLineBeforeFrom(blankLineBeforeFrom.get());
    }
    if (lineEnding.isPresent()) {
      o = o.withLineEnding(lineEnding.get());
    }
    return o;
  }

  /** These options, with {@code below} filling in what they leave unset. */
  public OptionOverrides over(OptionOverrides below) {
    return new OptionOverrides(
        indent.or(below::indent),
        maxWidth.or(below::maxWidth),
        operators.or(below::operators),
        blankLineBeforeFrom.or(below::blankLineBeforeFrom),
        lineEnding.or(below::lineEnding));
  }
}
