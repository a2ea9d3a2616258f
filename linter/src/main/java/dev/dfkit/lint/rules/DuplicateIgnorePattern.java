package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.ignore.IgnorePattern;
import java.util.HashMap;
import java.util.Map;

/**
 * A pattern that repeats an earlier one (after BuildKit's normalisation: {@code /tmp}, {@code
 * ./tmp} and {@code tmp/} are the same pattern) with no pattern of the other kind in between. Such
 * a repeat cannot change any result. A repeat after an exception is not reported: {@code *.md},
 * {@code !README.md}, {@code *.md} excludes README.md again.
 */
@RuleInfo(
    id = "DuplicateIgnorePattern",
    name = "duplicate-ignore-pattern",
    severity = LintSeverity.WARNING,
    summary = "A .dockerignore pattern should not repeat an earlier one",
    url = "https://docs.docker.com/build/concepts/context/#dockerignore-files",
    source = RuleSource.DFLINT)
public final class DuplicateIgnorePattern extends IgnoreFileRule {

  private record Seen(IgnorePattern pattern, int otherKindBefore) {}

  @Override
  void check(LintContext context, BuildContext build, String file) {
    Map<String, Seen> seen = new HashMap<>();
    int normal = 0;
    int exceptions = 0;
    for (IgnorePattern p : build.ignore().activePatterns()) {
      // IgnorePattern.exclusion() is patternmatcher's name for an exception ("!").
      int otherKind = p.exclusion() ? normal : exceptions;
      Seen earlier = seen.get(p.display());
      if (earlier != null && earlier.otherKindBefore() == otherKind) {
        String text = p.raw().strip();
        String first = earlier.pattern().raw().strip();
        context.reportIn(
            file,
            p.range(),
            (text.equals(first)
                    ? "\"" + text + "\" repeats line " + (earlier.pattern().line() + 1)
                    : "\""
                        + text
                        + "\" is the same pattern as \""
                        + first
                        + "\" on line "
                        + (earlier.pattern().line() + 1))
                + " and changes nothing; remove it");
      } else {
        seen.put(p.display(), new Seen(p, otherKind));
      }
      if (p.exclusion()) {
        exceptions++;
      } else {
        normal++;
      }
    }
  }
}
