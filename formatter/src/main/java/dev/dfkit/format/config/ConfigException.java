package dev.dfkit.format.config;

import java.nio.file.Path;

/** A configuration file that cannot be read or has a bad value; the message names the spot. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  ConfigException(Path file, int line, int column, String message) {
    super(file + ":" + line + ":" + column + ": error: " + message);
  }

  ConfigException(Path file, String message) {
    super(file + ": error: " + message);
  }
}
