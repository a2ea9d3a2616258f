package dev.dfkit.build.plan;

/** Path text as BuildKit handles it for Linux images (Go's {@code path} package). */
final class PathText {
  private PathText() {}

  static String clean(String path) {
    return dev.dfkit.build.copy.PathText.clean(path);
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
