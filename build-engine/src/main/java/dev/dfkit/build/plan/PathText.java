package dev.dfkit.build.plan;

import java.util.ArrayDeque;
import java.util.Deque;

/** Path text as BuildKit handles it for Linux images (Go's {@code path} package). */
final class PathText {
  private PathText() {}

  /** Go's {@code path.Clean}: shortest equivalent path, by lexical processing only. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * BuildKit's {@code NormalizePath(parent, path, keepSlash)}: a relative path is joined to {@code
   * parent} and cleaned, an absolute one is kept as written; with {@code keepSlash} a trailing
   * {@code /} or {@code /.} survives, so COPY still knows the destination is a directory.
   */
  static String normalize(String parent, String path, boolean keepSlash) {
    String p = parent == null || parent.isEmpty() ? "/" : parent;
    if (!p.startsWith("/")) {
      p = clean("/" + p);
    }
    String result = path.isEmpty() ? p : path;
    if (!result.startsWith("/")) {
      result = clean(p + "/" + result);
    }
    if (keepSlash) {
      if (path.endsWith("/") && !result.endsWith("/")) {
        result += "/";
      } else if (path.endsWith("/.")) {
        if (!result.equals("/")) {
          result += "/";
        }
        result += ".";
      }
    }
    return result;
  }
}
