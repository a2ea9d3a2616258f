package dev.dfkit.parser.ast;

import java.util.Locale;

/** The {@code type=} of a {@code RUN --mount}. */
public enum MountType {
  BIND,
  CACHE,
  TMPFS,
  SECRET,
  SSH;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
