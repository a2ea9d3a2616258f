package dev.dfkit.build.copy;

import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.GoGlob;
import java.util.List;

/**
 * The {@code --parents} selection below a source: a pattern in {@code .dockerignore} syntax ({@code
 * **} allowed) that a path is copied for when it, or a parent, matches (BuildKit's include
 * patterns). Directories on the way to a match are walked, and created only when something below
 * them is copied.
 */
record IncludePattern(String pattern, DockerIgnore matcher, List<String> segments) {

  static IncludePattern of(String pattern) {
    return new IncludePattern(
        pattern, DockerIgnore.of(List.of(pattern)), PathText.rawSegments(pattern));
  }

  /** Whether the path (relative to the source) or a parent matches. */
  boolean includes(String relative) {
    return matcher.isExcluded(relative);
  }

  /** Whether something below the directory could match (an over-approximation). */
  boolean mayIncludeBelow(String relative) {
    if (relative.isEmpty()) {
      return true;
    }
    List<String> names = PathText.rawSegments(relative);
    for (int i = 0; i < names.size(); i++) {
      if (i >= segments.size()) {
        return false;
      }
      String segment = segments.get(i);
      if (segment.contains("**")) {
        return true;
      }
      if (segment.indexOf('\\') >= 0 || PathText.hasWildcard(segment)) {
        if (!segment.contains("[")
            && segment.indexOf('\\') < 0
            && !GoGlob.matches(segment, names.get(i))) {
          return false;
        }
        continue;
      }
      if (!segment.equals(names.get(i))) {
        return false;
      }
    }
    return true;
  }
}
