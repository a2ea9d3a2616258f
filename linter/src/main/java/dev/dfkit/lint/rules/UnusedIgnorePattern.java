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

/**
 * A pattern that matches nothing in the build context: no file or directory, and no parent
 * directory of one. It is often a typo or a pattern written as if it matched at any depth ({@code
 * node_modules} only matches at the root; {@code **}{@code /node_modules} matches everywhere). Not
 * checked when the context is too large to list completely.
 */
@RuleInfo(
    id = "UnusedIgnorePattern",
    name = "unused-ignore-pattern",
    severity = LintSeverity.INFO,
    summary = "A .dockerignore pattern should match something in the build context",
    url = "https://docs.docker.com/build/concepts/context/#dockerignore-files",
    source = RuleSource.DFLINT)
public final class UnusedIgnorePattern extends IgnoreFileRule {

  @Override
  void check(LintContext context, BuildContext build, String file) {
    ContextIndex index = ContextIndex.of(build);
    if (!index.usable() || index.truncated()) {
      return;
    }
    Map<String, Boolean> used = new HashMap<>();
    for (IgnorePattern p : build.ignore().activePatterns()) {
      boolean matches = used.computeIfAbsent(p.pattern(), k -> matchesAny(index, p.pattern()));
      if (matches) {
        continue;
      }
      String text = p.raw().strip();
      String message = "\"" + text + "\" matches nothing in the build context";
      String anywhere = "**/" + p.pattern();
      if (p.pattern().indexOf('/') < 0
          && !p.pattern().startsWith("**")
          && matchesAny(index, anywhere)) {
        message +=
            "; patterns are anchored at the context root, \""
                + (p.exclusion() ? "!" : "")
                + anywhere
                + "\" would match at any depth";
      }
      context.reportIn(file, p.range(), message);
    }
  }

  /**
   * Whether the pattern matches a listed path or a parent of one. Parents are listed too, so this
   * is whether it matches a listed path itself, and only plausible paths are tried: for {@code
   * **}{@code /<one segment>} the distinct names, for a pattern with a fixed number of segments the
   * listed paths with that many, and in any case only paths that start with its literal lead.
   */
  static boolean matchesAny(ContextIndex index, String pattern) {
    DockerIgnore alone = PatternFacts.alone(pattern);
    String rest = pattern;
    while (rest.startsWith("**")) {
      rest = rest.substring(2);
      if (rest.startsWith("/")) {
        rest = rest.substring(1);
      }
    }
    // "|" and "{" reach patternmatcher's regex unescaped and may match anywhere: no shortcut.
    boolean regular = pattern.indexOf('|') < 0 && pattern.indexOf('{') < 0;
    if (regular
        && rest.length() < pattern.length()
        && rest.indexOf('/') < 0
        && !rest.contains("**")) {
      // "**/name": a path matches itself when its last segment matches as a top-level path.
      for (String name : index.names()) {
        if (alone.isExcluded(name)) {
          return true;
        }
      }
      return false;
    }
    // Without "**" (or a class, an escape, "|" or "{") every match has as many segments as the
    // pattern.
    boolean fixed =
        regular && !pattern.contains("**") && pattern.indexOf('[') < 0 && pattern.indexOf('\\') < 0;
    int slashes = fixed ? count(pattern, '/') : -1;
    String lead = PatternFacts.lead(pattern);
    List<String> entries = index.entries();
    for (int i = ContextIndex.lowerBound(entries, lead); i < entries.size(); i++) {
      String e = entries.get(i);
      if (!e.startsWith(lead)) {
        return false;
      }
      String p = ContextIndex.strip(e);
      if ((slashes < 0 || count(p, '/') == slashes) && alone.isExcluded(p)) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
