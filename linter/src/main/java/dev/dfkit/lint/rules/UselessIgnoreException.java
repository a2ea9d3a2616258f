package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.IgnorePattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An exception ({@code !pattern}) that can never re-include anything, whatever the context holds.
 * Patterns apply in order and an exception only brings back what an earlier line excluded, so an
 * exception is useless when:
 *
 * <ul>
 *   <li>no pattern before it excludes anything (it comes first, or after other exceptions only);
 *   <li>it names one path and no earlier pattern excludes that path or a directory above it. This
 *       includes the "parent" mistake: {@code app/secret} then {@code !app} does not bring back
 *       {@code app/secret}, because BuildKit's context transfer only re-includes the contents of a
 *       directory the exception names when that directory itself was excluded;
 *   <li>a later pattern excludes again everything it matches: the same pattern, {@code **}, or for
 *       an exception naming one path, a pattern that matches that very path.
 * </ul>
 *
 * Only cases that hold for every possible context are reported.
 */
@RuleInfo(
    id = "UselessIgnoreException",
    name = "useless-ignore-exception",
    severity = LintSeverity.WARNING,
    summary = "A .dockerignore exception (!) must come after a pattern that excludes what it names",
    url = "https://docs.docker.com/build/concepts/context/#dockerignore-files",
    source = RuleSource.DFLINT)
public final class UselessIgnoreException extends IgnoreFileRule {

  @Override
  void check(LintContext context, BuildContext build, String file) {
    List<IgnorePattern> patterns = build.ignore().activePatterns();
    // Each exception asks about the patterns before it: compile each of those once, not once per
    // exception (a long ignore file of exceptions asked for hundreds of regexes).
    Map<String, DockerIgnore> alone = new HashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      IgnorePattern exception = patterns.get(i);
      if (!exception.exclusion()) {
        continue;
      }
      String problem = problem(patterns, i, p -> alone.computeIfAbsent(p, PatternFacts::alone));
      if (problem != null) {
        context.reportIn(
            file,
            exception.range(),
            "\"" + exception.raw().strip() + "\" re-includes nothing: " + problem);
      }
    }
  }

  private static String problem(
      List<IgnorePattern> patterns, int at, Function<String, DockerIgnore> alone) {
    IgnorePattern exception = patterns.get(at);
    String path = exception.pattern();
    List<IgnorePattern> before =
        patterns.subList(0, at).stream().filter(p -> !p.exclusion()).toList();
    if (before.isEmpty()) {
      return "no pattern before it excludes anything; move it below the pattern it makes an"
          + " exception to";
    }
    boolean literal = PatternFacts.literal(path);
    if (literal && before.stream().noneMatch(n -> alone.apply(n.pattern()).isExcluded(path))) {
      String message = "no earlier pattern excludes \"" + path + "\" or a directory above it";
      for (IgnorePattern n : before) {
        if (PatternFacts.lead(n.pattern()).startsWith(path + "/")) {
          message +=
              "; \""
                  + n.raw().strip()
                  + "\" on line "
                  + (n.line() + 1)
                  + " excludes paths inside it, and an exception brings back the contents of a"
                  + " directory only when that directory itself was excluded";
          break;
        }
      }
      return message;
    }
    for (IgnorePattern n : patterns.subList(at + 1, patterns.size())) {
      if (n.exclusion()) {
        continue;
      }
      if (n.pattern().equals(path)
          || PatternFacts.matchesEveryPath(n.pattern())
          || (literal && matchesItself(alone.apply(n.pattern()), path))) {
        return "\""
            + n.raw().strip()
            + "\" on line "
            + (n.line() + 1)
            + " excludes again everything it matches";
      }
    }
    return null;
  }

  /** Whether the pattern matches the path itself, not (only) through a parent directory. */
  private static boolean matchesItself(DockerIgnore alone, String path) {
    String parent = PatternFacts.parent(path);
    return alone.isExcluded(path) && (parent == null || !alone.isExcluded(parent));
  }
}
