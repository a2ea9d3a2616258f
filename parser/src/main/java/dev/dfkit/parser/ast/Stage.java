package dev.dfkit.parser.ast;

import dev.dfkit.parser.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position among the stages (a stage can be named by its index)
 * @param from the FROM that starts it
 * @param instructions the instructions after the FROM, in order
 */
public record Stage(int index, From from, List<Instruction> instructions) {

  public Stage {
    instructions = List.copyOf(instructions);
  }

  /** The stage name, lower-cased as BuildKit compares it. */
  public Optional<String> name() {
    return from.stageName();
  }

  /** The base image or stage, as written (variables not expanded). */
  public Word base() {
    return from.image();
  }

  /** From the FROM to the end of the last instruction. */
  public SourceRange range() {
    SourceRange start = from.range();
    return instructions.isEmpty()
        ? start
        : start.union(instructions.get(instructions.size() - 1).range());
  }
}
