package dev.dfkit.lint.config;

import java.util.Locale;
import java.util.Optional;

/** The value types of hadolint's label schema (rules DL3048 to DL3058). */
public enum LabelType {
  TEXT,
  URL,
  SPDX,
  HASH,
  RFC3339,
  SEMVER,
  EMAIL;

  public static Optional<LabelType> parse(String text) {
    for (LabelType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
