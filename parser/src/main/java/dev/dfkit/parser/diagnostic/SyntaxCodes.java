package dev.dfkit.parser.diagnostic;

import java.util.Set;

/** The codes of the parser's diagnostics, for tools that match on them (quick fixes, filters). */
public final class SyntaxCodes {

  public static final String NO_INSTRUCTIONS = "no-instructions";
  public static final String UNKNOWN_INSTRUCTION = "unknown-instruction";
  public static final String NO_STAGE = "no-stage";
  public static final String UNKNOWN_FLAG = "unknown-flag";
  public static final String DUPLICATE_FLAG = "duplicate-flag";
  public static final String MISSING_FLAG_VALUE = "missing-flag-value";
  public static final String INVALID_FLAG_VALUE = "invalid-flag-value";
  public static final String IGNORED_FLAG = "ignored-flag";
  public static final String MISSING_ARGUMENT = "missing-argument";
  public static final String EXTRA_ARGUMENT = "extra-argument";
  public static final String INVALID_ARGUMENT = "invalid-argument";
  public static final String JSON_NOT_STRINGS = "json-not-strings";
  public static final String JSON_REQUIRED = "json-required";
  public static final String UNTERMINATED_HEREDOC = "unterminated-heredoc";
  public static final String INVALID_HEREDOC = "invalid-heredoc";
  public static final String DUPLICATE_DIRECTIVE = "duplicate-directive";
  public static final String INVALID_ESCAPE = "invalid-escape";
  public static final String INVALID_STAGE_NAME = "invalid-stage-name";
  public static final String INVALID_ONBUILD = "invalid-onbuild";
  public static final String INVALID_HEALTHCHECK = "invalid-healthcheck";
  public static final String INVALID_KEY_VALUE = "invalid-key-value";
  public static final String MISSING_VALUE = "missing-value";
  public static final String INVALID_DESTINATION = "invalid-destination";
  public static final String IO = "io";

  /**
   * Problems BuildKit's parser itself rejects (the file is not a Dockerfile at all). Every other
   * error comes from BuildKit's instruction checks: the file parses, but the build would fail.
   */
  private static final Set<String> SYNTAX =
      Set.of(
          NO_INSTRUCTIONS,
          JSON_NOT_STRINGS,
          INVALID_KEY_VALUE,
          MISSING_VALUE,
          UNTERMINATED_HEREDOC,
          INVALID_HEREDOC,
          DUPLICATE_DIRECTIVE,
          INVALID_ESCAPE);

  private SyntaxCodes() {}

  /** True for codes of problems BuildKit's parser rejects, as opposed to its instruction checks. */
  public static boolean isSyntax(String code) {
    return SYNTAX.contains(code);
  }
}
