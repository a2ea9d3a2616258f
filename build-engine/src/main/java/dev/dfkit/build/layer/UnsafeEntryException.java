package dev.dfkit.build.layer;

import java.io.IOException;

/** An archive entry that would be written outside the target directory, refused. */
public final class UnsafeEntryException extends IOException {

  private final String entry;

  public UnsafeEntryException(String entry, String reason) {
    super("refusing tar entry \"" + entry + "\": " + reason);
    this.entry = entry;
  }

  /** The entry's name as the archive spells it. */
  public String entry() {
    return entry;
  }
}
