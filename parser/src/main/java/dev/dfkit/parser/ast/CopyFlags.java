package dev.dfkit.parser.ast;

import java.util.List;
import java.util.Optional;

/** Flags of COPY. Boolean flags are present only when written; see {@link Flag#booleanValue()}. */
public record CopyFlags(
    Optional<Flag> from,
    Optional<Flag> chown,
    Optional<Flag> chmod,
    Optional<Flag> link,
    Optional<Flag> parents,
    List<Flag> exclude) {

  public static final CopyFlags NONE =
      new CopyFlags(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of());

  public CopyFlags {
    exclude = List.copyOf(exclude);
  }

  public boolean isLink() {
    return link.map(Flag::booleanValue).orElse(false);
  }

  public boolean isParents() {
    return parents.map(Flag::booleanValue).orElse(false);
  }
}
