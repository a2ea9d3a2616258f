package dev.dfkit.lint.rules;

import dev.dfkit.parser.ignore.DockerIgnore;
import java.util.List;

/** What the context rules need to know about single .dockerignore patterns. */
final class PatternFacts {

  private PatternFacts() {}

  /**
   * A matcher for the pattern alone, as a normal pattern: {@code isExcluded(path)} says whether the
   * pattern matches the path or one of its parent directories.
   */
  static DockerIgnore alone(String pattern) {
    // A leading "!" left after normalisation is a literal character; "\!" says so.
    return DockerIgnore.of(List.of(pattern.startsWith("!") ? "\\" + pattern : pattern));
  }

  /**
   * Text every path the pattern matches starts with (its literal lead), so a sorted listing only
   * needs to be searched from there. Empty when the pattern may match anywhere.
   */
  static String lead(String pattern) {
    if (pattern.indexOf('|') >= 0 || pattern.indexOf('{') >= 0) {
      // patternmatcher leaves these regex characters unescaped (see the parser's CompiledPattern).
      return "";
    }
    for (int i = 0; i < pattern.length(); i++) {
      if ("*?[]\\^}".indexOf(pattern.charAt(i)) >= 0) {
        return pattern.substring(0, i);
      }
    }
    return pattern;
  }

  /** Whether the pattern has no wildcard or regex character: it matches exactly one path. */
  static boolean literal(String pattern) {
    return !pattern.isEmpty() && lead(pattern).equals(pattern);
  }

  /** Patterns that match every path by themselves (not only through a parent directory). */
  static boolean matchesEveryPath(String pattern) {
    return pattern.equals("**") || pattern.equals("**/*") || pattern.equals("**/**");
  }

  /** The parent directory of a relative path, or null at the top. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? null : path.substring(0, slash);
  }
}
