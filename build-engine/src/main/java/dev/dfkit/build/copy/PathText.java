package dev.dfkit.build.copy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Slash-separated path text as Go's {@code path} package handles it: BuildKit cleans and joins COPY
 * paths as text before it touches a file system, and so do we.
 */
public final class PathText {

  /** Names in the order Go sorts them: by UTF-8 bytes, which is code point order. */
  static final Comparator<String> BYTE_ORDER = PathText::compareCodePoints;

  private PathText() {}

  /** Go's {@code path.Clean}: a rooted path cannot go above {@code /}; empty becomes {@code .}. */
  public static String clean(String path) {
    boolean rooted = path.startsWith("/");
    List<String> kept = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
          kept.remove(kept.size() - 1);
        } else if (!rooted) {
          kept.add(segment);
        }
        continue;
      }
      kept.add(segment);
    }
    String joined = String.join("/", kept);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * The segments of {@code path} below a root, {@code .} and empty segments dropped, {@code ..}
   * resolved lexically; {@code null} when a {@code ..} climbs above the root (a leading {@code /}
   * only means "the root").
   */
  static List<String> segmentsBelowRoot(String path) {
    List<String> kept = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (kept.isEmpty()) {
          return null;
        }
        kept.remove(kept.size() - 1);
        continue;
      }
      kept.add(segment);
    }
    return kept;
  }

  /** The non-empty, non-{@code .} segments of a path, {@code ..} kept as written. */
  static List<String> rawSegments(String path) {
    List<String> out = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        out.add(segment);
      }
    }
    return out;
  }

  /** Joins relative segments with {@code /}; the empty list is {@code ""} (the root itself). */
  static String join(List<String> segments) {
    return String.join("/", segments);
  }

  /** {@code parent/name}, where an empty parent is the root. */
  static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "/" + name;
  }

  /** The last segment of a relative path ({@code ""} for the root). */
  static String base(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? relative : relative.substring(slash + 1);
  }

  /** Whether a segment holds an unescaped {@code *}, {@code ?} or {@code [}. */
  static boolean hasWildcard(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /** Shows a root-relative path the way BuildKit names paths in messages: {@code /a/b}. */
  static String display(String relative) {
    return "/" + relative;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
