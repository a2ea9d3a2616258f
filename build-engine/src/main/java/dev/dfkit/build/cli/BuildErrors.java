package dev.dfkit.build.cli;

import dev.dfkit.build.solve.BuildFailedException;
import dev.dfkit.parser.ParseResult;
import dev.dfkit.parser.source.SourceRange;
import java.util.Optional;

/**
 * Build errors as people read them: {@code FILE:LINE:COL: error: ...}, then the Dockerfile lines of
 * the failing instruction, and for a failed RUN the last lines it printed (as BuildKit shows them).
 */
final class BuildErrors {
  private static final int CONTEXT_LINES = 2;

  private BuildErrors() {}

  static String located(
      String file, ParseResult parsed, Optional<SourceRange> range, String message) {
    if (range.isEmpty()) {
      return file + ": error: " + message;
    }
    SourceRange r = range.get();
    return file
        + ":"
        + (r.start().line() + 1)
        + ":"
        + (r.start().column() + 1)
        + ": error: "
        + message
        + "\n"
        + snippet(parsed, r);
  }

  static String failedStep(String file, ParseResult parsed, BuildFailedException e) {
    StringBuilder out = new StringBuilder();
    out.append("------\n > ").append(e.vertex().step().name()).append(":\n");
    for (String line : e.lastLines()) {
      out.append(" > ").append(line).append('\n');
    }
    out.append("------\n");
    Optional<SourceRange> at = e.vertex().step().location();
    out.append(located(file, parsed, at, e.getMessage()));
    return out.toString();
  }

  /** The instruction's lines marked {@code >>>}, with a little context, numbered. */
  private static String snippet(ParseResult parsed, SourceRange r) {
    String[] lines = parsed.dockerfile().text().split("\n", -1);
    int first = Math.max(0, r.start().line() - CONTEXT_LINES);
    int last = Math.min(lines.length - 1, r.end().line() + CONTEXT_LINES);
    int width = String.valueOf(last + 1).length();
    StringBuilder out = new StringBuilder("--------------------\n");
    for (int i = first; i <= last; i++) {
      boolean marked = i >= r.start().line() && i <= r.end().line();
      out.append(String.format(" %" + width + "d | ", i + 1))
          .append(marked ? ">>> " : "    ")
          .append(lines[i].replace("\r", ""))
          .append('\n');
    }
    return out.append("--------------------").toString();
  }
}
