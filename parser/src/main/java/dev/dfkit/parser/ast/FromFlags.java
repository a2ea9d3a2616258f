package dev.dfkit.parser.ast;

import java.util.Optional;

/** Flags of FROM. */
public record FromFlags(Optional<Flag> platform) {

  public static final FromFlags NONE = new FromFlags(Optional.empty());
}
