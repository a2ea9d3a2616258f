package dev.dfkit.parser.ast;

import java.util.Locale;

/** How concurrent builds share a cache mount ({@code sharing=}). */
public enum CacheSharing {
  SHARED,
  PRIVATE,
  LOCKED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
