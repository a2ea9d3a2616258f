package dev.dfkit.cli;

/** The exit codes of every dfkit command. */
public final class ExitCode {

  /** Success, nothing found. */
  public static final int OK = 0;

  /** Findings (lint problems, syntax errors, unformatted files) or a failed build. */
  public static final int FINDINGS = 1;

  /** Bad usage, bad configuration, or a file that cannot be read or written. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
