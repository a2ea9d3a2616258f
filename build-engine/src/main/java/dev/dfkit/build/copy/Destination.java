package dev.dfkit.build.copy;

/**
 * A COPY destination resolved against the working directory, as BuildKit's {@code
 * pathRelativeToWorkingDir}: cleaned ({@code ..} stops at {@code /}), and marked as a directory
 * when written with a trailing {@code /} or {@code /.}, or as {@code .} or nothing.
 *
 * @param path relative to the target root ({@code ""} is the root)
 * @param directory whether the destination is a directory by the way it is written
 */
record Destination(String path, boolean directory) {

  static Destination of(String written, String workdir) {
    String dest = written;
    boolean relative = !dest.startsWith("/");
    if (relative && (dest.isEmpty() || dest.equals("."))) {
      dest = "./";
    }
    boolean directory = dest.endsWith("/") || dest.endsWith("/.");
    String full;
    if (relative) {
      String base = workdir == null || workdir.isEmpty() ? "/" : workdir;
      full = (base.startsWith("/") ? base : "/" + base) + "/" + dest;
    } else {
      full = dest;
    }
    String cleaned = PathText.clean(full);
    String path = cleaned.equals("/") ? "" : cleaned.substring(1);
    return new Destination(path, directory || path.isEmpty());
  }

  /** The parent directory's path ({@code ""} for the root and its children). */
  String parent() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
