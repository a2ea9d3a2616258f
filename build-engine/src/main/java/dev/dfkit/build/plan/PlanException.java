package dev.dfkit.build.plan;

import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/** The Dockerfile cannot be turned into a build; says where, when it knows. */
public final class PlanException extends Exception {
  private final transient Optional<SourceRange> range;

  public PlanException(String message, Optional<SourceRange> range) {
    super(message);
    this.range = range;
  }

  public PlanException(String message, SourceRange range) {
    this(message, Optional.ofNullable(range));
  }

  public Optional<SourceRange> range() {
    return range;
  }
}
