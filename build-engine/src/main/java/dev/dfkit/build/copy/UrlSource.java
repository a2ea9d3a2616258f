package dev.dfkit.build.copy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * ADD of a URL. The engine downloads the file itself (into a directory of its own, named with
 * {@link #destinationName}, mode {@code 0600}, mtime from {@code Last-Modified}, as BuildKit's HTTP
 * source does) and then copies it with {@link #request}.
 */
public final class UrlSource {

  private static final String UNNAMED = "__unnamed__";

  private UrlSource() {}

  /**
   * The file name BuildKit gives a downloaded URL: the last segment of its (decoded) path, or
   * {@code __unnamed__} when the path has none ({@code https://host/}, {@code https://host}) or the
   * URL does not parse.
   */
  public static String destinationName(String url) {
    String rest = url;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    int scheme = rest.indexOf("://");
    String path;
    if (scheme >= 0) {
      int slash = rest.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : rest.substring(slash);
    } else {
      path = rest;
    }
    String decoded = percentDecode(path);
    if (decoded == null) {
      return UNNAMED;
    }
    // Go's path.Base: trailing slashes dropped, "" is ".", all slashes is "/".
    String trimmed = stripTrailingSlashes(decoded);
    if (trimmed.isEmpty() || trimmed.equals("/")) {
      return UNNAMED;
    }
    String base = PathText.base(trimmed);
    // ".." would name the parent directory: BuildKit keeps it, dfbuild does not.
    return base.isEmpty() || base.equals(".") || base.equals("..") ? UNNAMED : base;
  }

  /**
   * A source that matches exactly {@code fileName}. BuildKit only honours {@code \} escapes in a
   * segment that has a wildcard, so a name with {@code * ? [ \} in it is escaped and its first
   * character put in a class ({@code t[1].tgz} becomes {@code [t]\[1].tgz}), which keeps it a
   * wildcard that matches the name and nothing else.
   */
  public static String literal(String fileName) {
    if (fileName.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\')) {
      return fileName;
    }
    StringBuilder out = new StringBuilder();
    int first = fileName.codePointAt(0);
    out.append('[');
    if ("]-^\\[".indexOf(first) >= 0) {
      out.append('\\');
    }
    out.appendCodePoint(first).append(']');
    for (int i = Character.charCount(first); i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The copy of a downloaded file, as BuildKit copies an HTTP source: the file is taken as is
   * ({@code 0:0} unless {@code --chown}), and unpacked only with {@code --unpack=true}.
   *
   * @param downloadDirectory the directory holding only the downloaded file
   * @param fileName its name ({@link #destinationName})
   */
  public static CopyRequest request(
      Path downloadDirectory,
      String fileName,
      String destination,
      String workdir,
      Optional<Ownership> chown,
      Optional<FileMode> chmod,
      Optional<Boolean> unpack) {
    return new CopyRequest(
        downloadDirectory,
        java.util.List.of(literal(fileName)),
        destination,
        workdir,
        chown,
        chmod,
        false,
        java.util.List.of(),
        true,
        Optional.of(unpack.orElse(false)),
        dev.dfkit.parser.ignore.DockerIgnore.empty(),
        SourceKind.CONTEXT);
  }

  private static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  /** Go's path unescaping: {@code %XX} is a byte, a malformed escape fails the parse. */
  private static String percentDecode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%') {
        if (i + 2 >= bytes.length) {
          return null;
        }
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
