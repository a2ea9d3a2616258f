package dev.dfkit.format;

import java.util.Locale;
import java.util.Optional;

/**
 * How {@link Formatter} lays a Dockerfile out. Every choice people disagree on is here; {@link
 * #DEFAULTS} is the canonical layout the README documents.
 *
 * @param indent spaces before a continuation line (nested shell blocks add this many per level)
 * @param maxWidth a shell command or list longer than this is broken into one part per line
 * @param operators where {@code &&}, {@code ||}, {@code |} and {@code ;} go when a command is
 *     broken: at the start of the next line ({@link OperatorPosition#LEADING}) or at the end of the
 *     line ({@link OperatorPosition#TRAILING})
 * @param blankLineBeforeFrom one blank line before every {@code FROM} but the first
 * @param lineEnding the line terminator written; {@link LineEnding#AUTO} keeps the file's own
 */
public record FormatOptions(
    int indent,
    int maxWidth,
    OperatorPosition operators,
    boolean blankLineBeforeFrom,
    LineEnding lineEnding) {

  public static final FormatOptions DEFAULTS =
      new FormatOptions(4, 100, OperatorPosition.LEADING, true, LineEnding.AUTO);

  public FormatOptions {
    if (indent < 1 || indent > 16) {
      throw new IllegalArgumentException("indent must be between 1 and 16, not " + indent);
    }
    if (maxWidth < 20) {
      throw new IllegalArgumentException("max width must be at least 20, not " + maxWidth);
    }
  }

  /** Where a shell operator goes when a command is broken over lines. */
  public enum OperatorPosition {
    LEADING,
    TRAILING
  }

  /** The line terminator written. */
  public enum LineEnding {
    /** The one most lines of the input use (LF when tied or when there is none). */
    AUTO,
    LF,
    CRLF;

    /** {@code auto}, {@code lf} or {@code crlf}, any case. */
    public static Optional<LineEnding> parse(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "auto" -> Optional.of(AUTO);
        case "lf" -> Optional.of(LF);
        case "crlf" -> Optional.of(CRLF);
        default -> Optional.empty();
      };
    }
  }

  public FormatOptions withIndent(int value) {
    return new FormatOptions(value, maxWidth, operators, blankLineBeforeFrom, lineEnding);
  }

  public FormatOptions withMaxWidth(int value) {
    return new FormatOptions(indent, value, operators, blankLineBeforeFrom, lineEnding);
  }

  public FormatOptions withOperators(OperatorPosition value) {
    return new FormatOptions(indent, maxWidth, value, blankLineBeforeFrom, lineEnding);
  }

  public FormatOptions withBlankLineBeforeFrom(boolean value) {
    return new FormatOptions(indent, maxWidth, operators, value, lineEnding);
  }

  public FormatOptions withLineEnding(LineEnding value) {
    return new FormatOptions(indent, maxWidth, operators, blankLineBeforeFrom, value);
  }
}
