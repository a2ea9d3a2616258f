package dev.dfkit.lint.rules;

import dev.dfkit.parser.ignore.DockerIgnore;
import dev.dfkit.parser.ignore.GoGlob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a context source selects, the way BuildKit resolves it:
 *
 * <ul>
 *   <li>{@code .} or {@code /}: the whole context;
 *   <li>a path without wildcards: that path, which must exist;
 *   <li>a path with wildcards: the literal directories before the first wildcard segment must
 *       exist; below them each remaining segment is matched with Go's {@code filepath.Match}
 *       against the entry at the same depth (fsutil's {@code ResolveWildcards}); no match copies
 *       nothing;
 *   <li>with {@code COPY --parents}: the part after {@code /./} (or the whole source) is an include
 *       pattern with .dockerignore syntax, matched below the part before it.
 * </ul>
 */
final class SourceSelection {

  enum Kind {
    /** The whole context. */
    ROOT,
    /** One path, which must exist. */
    LITERAL,
    /** Wildcard segments below a literal base directory. */
    WILDCARD,
    /** A {@code --parents} include pattern below a literal base directory. */
    PATTERN,
    /** Something this linter does not resolve (a {@code --parents} base with wildcards). */
    UNKNOWN
  }

  private final Kind kind;
  private final String path;
  private final List<String> segments;
  private final DockerIgnore include;
  private final String patternText;

  private SourceSelection(
      Kind kind, String path, List<String> segments, DockerIgnore include, String patternText) {
    this.kind = kind;
    this.path = path;
    this.segments = segments;
    this.include = include;
    this.patternText = patternText;
  }

  static SourceSelection of(ContextSource source) {
    String value = source.value();
    if (source.parents()) {
      int pivot = value.indexOf("/./");
      String parent = pivot < 0 ? "/" : value.substring(0, pivot);
      String pattern = pivot < 0 ? value : value.substring(pivot + 3);
      pattern = ContextSource.relative(pattern);
      String base = ContextSource.relative(parent);
      if (GoGlob.containsWildcards(parent)) {
        return new SourceSelection(Kind.UNKNOWN, base, List.of(), null, pattern);
      }
      if (!GoGlob.containsWildcards(pattern)) {
        return literal(ContextSource.relative(parent + "/" + pattern));
      }
      // An include pattern may start with "!" only as a literal character.
      String text = pattern.startsWith("!") ? "\\" + pattern : pattern;
      return new SourceSelection(
          Kind.PATTERN, base, List.of(), DockerIgnore.of(List.of(text)), pattern);
    }
    String p = source.contextPath();
    if (!source.wildcard()) {
      return literal(p);
    }
    List<String> all = ContextIndex.segments(p);
    int first = 0;
    while (first < all.size() && !GoGlob.containsWildcards(all.get(first))) {
      first++;
    }
    String base = first == 0 ? "." : String.join("/", all.subList(0, first));
    return new SourceSelection(
        Kind.WILDCARD, base, List.copyOf(all.subList(first, all.size())), null, p);
  }

  private static SourceSelection literal(String path) {
    return new SourceSelection(
        path.equals(".") ? Kind.ROOT : Kind.LITERAL, path, List.of(), null, path);
  }

  Kind kind() {
    return kind;
  }

  /** ROOT and LITERAL: the path; WILDCARD and PATTERN: the base directory ({@code .} for root). */
  String path() {
    return path;
  }

  /** Whether the last segment of a wildcard or pattern selects every name ({@code *}). */
  boolean selectsEveryName() {
    if (kind == Kind.WILDCARD) {
      String last = segments.get(segments.size() - 1);
      return last.chars().allMatch(c -> c == '*');
    }
    if (kind == Kind.PATTERN) {
      List<String> s = ContextIndex.segments(patternText);
      return s.get(s.size() - 1).chars().allMatch(c -> c == '*');
    }
    return false;
  }

  /**
   * The paths a WILDCARD or PATTERN selection matches directly (for PATTERN: the paths the include
   * pattern matches, their contents left out) among the listed paths that pass {@code keep}. Empty
   * for other kinds.
   */
  List<String> matches(ContextIndex index, Predicate<String> keep) {
    List<String> out = new ArrayList<>();
    if (kind != Kind.WILDCARD && kind != Kind.PATTERN) {
      return out;
    }
    int skip = path.equals(".") ? 0 : path.length() + 1;
    String[] matchedDir = {null};
    index.forEachBelow(
        path,
        entry -> {
          String rel = entry.substring(skip);
          if (kind == Kind.WILDCARD) {
            if (matchesSegments(rel) && keep.test(entry)) {
              out.add(entry);
            }
            return;
          }
          // PATTERN: keep the topmost matches only; what is below a match comes with it.
          if (matchedDir[0] != null && entry.startsWith(matchedDir[0])) {
            return;
          }
          if (keep.test(entry) && include.isExcluded(rel)) {
            out.add(entry);
            matchedDir[0] = entry + "/";
          }
        });
    return out;
  }

  private boolean matchesSegments(String rel) {
    int at = 0;
    for (int i = 0; i < segments.size(); i++) {
      int slash = rel.indexOf('/', at);
      boolean last = i == segments.size() - 1;
      if (last != (slash < 0)) {
        return false;
      }
      String name = last ? rel.substring(at) : rel.substring(at, slash);
      if (!GoGlob.matches(segments.get(i), name)) {
        return false;
      }
      at = slash + 1;
    }
    return true;
  }
}
