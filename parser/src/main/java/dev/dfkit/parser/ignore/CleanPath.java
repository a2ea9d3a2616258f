package dev.dfkit.parser.ignore;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code path.Clean} for slash-separated paths: BuildKit cleans every pattern with it, and we
 * clean the paths we are asked about the same way so both sides compare like with like.
 */
final class CleanPath {

  private CleanPath() {}

  /**
   * Collapses repeated slashes, drops {@code .} segments, resolves {@code ..} against the segment
   * before it (a rooted path cannot go above {@code /}), drops a trailing slash, and turns an empty
   * result into {@code .}.
   */
  static String clean(String path) {
    if (isClean(path)) {
      return path;
    }
    boolean rooted = path.startsWith("/");
    List<String> kept = new ArrayList<>();
    int start = 0;
    while (start <= path.length()) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      String segment = path.substring(start, end);
      if (segment.equals("..")) {
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
          kept.remove(kept.size() - 1);
        } else if (!rooted) {
          kept.add(segment);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        kept.add(segment);
      }
      start = end + 1;
    }
    String joined = String.join("/", kept);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * A path relative to the context as BuildKit compares it: cleaned, with one leading {@code /}
   * removed so {@code /a} and {@code ./a} both mean {@code a}. {@code /} itself stays {@code /}.
   */
  static String relative(String path) {
    String cleaned = clean(path);
    return cleaned.length() > 1 && cleaned.charAt(0) == '/' ? cleaned.substring(1) : cleaned;
  }

  /** The common case, checked without allocating: relative, no empty, "." or ".." segments. */
  private static boolean isClean(String path) {
    int n = path.length();
    if (n == 0 || path.charAt(0) == '/' || path.charAt(n - 1) == '/') {
      return false;
    }
    int segmentStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || path.charAt(i) == '/') {
        int length = i - segmentStart;
        if (length == 0
            || (length <= 2 && path.charAt(segmentStart) == '.' && path.charAt(i - 1) == '.')) {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    return true;
  }
}
