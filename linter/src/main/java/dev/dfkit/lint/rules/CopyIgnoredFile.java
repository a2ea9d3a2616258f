package dev.dfkit.lint.rules;

import dev.dfkit.lint.LintContext;
import dev.dfkit.lint.LintSeverity;
import dev.dfkit.lint.Rule;
import dev.dfkit.lint.RuleInfo;
import dev.dfkit.lint.RuleSource;
import dev.dfkit.parser.ast.Instruction;
import dev.dfkit.parser.context.BuildContext;
import dev.dfkit.parser.dump.GoQuote;
import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.IgnorePattern;
import java.util.Optional;

/**
 * BuildKit's CopyIgnoredFile, with BuildKit's exact semantics: a COPY or ADD source read from the
 * build context (not {@code --from}, a URL or a git repository) whose path, cleaned but with its
 * wildcards not expanded, is matched by the ignore file (the path or a parent directory). The check
 * is skipped when the ignore file has no pattern or any exception ({@code !}), which BuildKit finds
 * too hard to decide statically. The sources {@code .} and {@code /} warn only when a pattern is
 * exactly {@code *}, {@code **} or {@code **}{@code /*}. A rooted source such as {@code /app} is
 * matched as BuildKit matches it, as the text {@code /app}.
 */
@RuleInfo(
    id = "CopyIgnoredFile",
    name = "copy-ignored-file",
    severity = LintSeverity.WARNING,
    summary = "Attempting to Copy file that is excluded by .dockerignore",
    url = "https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/",
    source = RuleSource.BUILDKIT)
public final class CopyIgnoredFile implements Rule {

  @Override
  public void check(LintContext context) {
    Optional<BuildContext> build = context.buildContext();
    if (build.isEmpty()) {
      return;
    }
    DockerIgnore ignore = build.get().ignore();
    // BuildKit: no matcher without patterns; an invalid pattern fails the build before any check.
    if (ignore.patterns().isEmpty() || !ignore.diagnostics().isEmpty() || ignore.hasExceptions()) {
      return;
    }
    for (Instruction i : context.dockerfile().instructions()) {
      for (ContextSource source : ContextSource.of(i, context)) {
        String src = source.cleaned();
        if (ignored(ignore, src)) {
          context.report(
              source.word().range(),
              "Attempting to "
                  + source.command()
                  + " file "
                  + GoQuote.quote(src)
                  + " that is excluded by .dockerignore");
        }
      }
    }
  }

  /** patternmatcher's MatchesOrParentMatches on the cleaned source, without exceptions. */
  static boolean ignored(DockerIgnore ignore, String src) {
    if (src.equals(".") || src.equals("/")) {
      // Context roots: only patterns that exclude every root entry count (and they match both).
      return ignore.activePatterns().stream()
          .map(IgnorePattern::pattern)
          .anyMatch(p -> p.equals("*") || p.equals("**") || p.equals("**/*"));
    }
    if (!src.startsWith("/")) {
      return ignore.isExcluded(src);
    }
    // BuildKit matches "/a/b" as written, trying "/a/b", "" and "/a". A pattern never starts with
    // "/", so only patterns that may start with any directory ("**...") match those texts as they
    // would match "a/b" and "a", and patterns that match the empty text match "".
    String relative = src.substring(1);
    for (IgnorePattern p : ignore.activePatterns()) {
      String pattern = p.pattern();
      if (matchesEmpty(pattern)
          || (pattern.startsWith("**") && PatternFacts.alone(pattern).isExcluded(relative))) {
        return true;
      }
    }
    return false;
  }

  /** Whether patternmatcher's expression for the pattern matches the empty text. */
  static boolean matchesEmpty(String pattern) {
    String p = pattern;
    while (p.startsWith("**")) {
      p = p.substring(2);
      if (p.startsWith("/")) {
        p = p.substring(1);
      }
    }
    return p.isEmpty() || p.equals("*");
  }
}
