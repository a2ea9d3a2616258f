package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.ignore.IgnorePattern;
import dev.dfkit.parser.source.SourcePosition;
import dev.dfkit.parser.source.SourceRange;

/**
 * A pattern written with a leading {@code /} or {@code ./}. BuildKit drops it: every pattern is
 * relative to the build context root, so {@code /tmp} means {@code <context>/tmp}, never the file
 * system's {@code /tmp}. The prefix only suggests otherwise.
 */
@RuleInfo(
    id = "IgnorePatternLeadingSlash",
    name = "ignore-pattern-leading-slash",
    severity = LintSeverity.STYLE,
    summary = ".dockerignore patterns are relative to the context root; drop a leading / or ./",
    url = "https://docs.docker.com/build/concepts/context/#syntax",
    source = RuleSource.DFLINT)
public final class IgnorePatternLeadingSlash extends IgnoreFileRule {

  @Override
  void check(LintContext context, BuildContext build, String file) {
    for (IgnorePattern p : build.ignore().patterns()) {
      String text = p.raw().strip();
      int at = 0;
      if (text.startsWith("!")) {
        at = 1;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
      }
      int end = at;
      while (true) {
        if (text.startsWith("/", end)) {
          end++;
        } else if (text.startsWith("./", end)) {
          end += 2;
        } else {
          break;
        }
      }
      if (end == at || end == text.length()) {
        continue;
      }
      String prefix = text.substring(at, end);
      String suggestion = text.substring(0, p.exclusion() ? 1 : 0) + text.substring(end);
      SourcePosition start = p.range().start();
      SourceRange range =
          new SourceRange(
              new SourcePosition(start.line(), start.column() + at, start.offset() + at),
              new SourcePosition(start.line(), start.column() + end, start.offset() + end));
      context.reportIn(
          file,
          range,
          "The leading \""
              + prefix
              + "\" of \""
              + text
              + "\" changes nothing: patterns are relative to the build context root, not to"
              + " the file system; write \""
              + suggestion
              + "\"");
    }
  }
}
