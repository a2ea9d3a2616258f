package dev.dfkit.lint.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message names the file, line and column. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  public ConfigException(Path file, int line, int column, String message) {
    super(file + ":" + line + ":" + column + ": error: " + message);
  }

  public ConfigException(Path file, String message) {
    super(file + ": error: " + message);
  }
}
