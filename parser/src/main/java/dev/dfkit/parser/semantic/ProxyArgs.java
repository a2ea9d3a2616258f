package dev.dfkit.parser.semantic;

import java.util.List;

/**
 * BuildKit's predefined proxy build arguments: a RUN sees them without an {@code ARG} line, and
 * they stay out of the build cache key and the image history.
 */
public final class ProxyArgs {

  private ProxyArgs() {}

  /** The names, in a fixed order (upper case first, as BuildKit lists them). */
  public static final List<String> NAMES =
      List.of(
          "HTTP_PROXY",
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "FTP_PROXY",
          "ftp_proxy",
          "NO_PROXY",
          "no_proxy",
          "ALL_PROXY",
          "all_proxy");

  public static boolean contains(String name) {
    return NAMES.contains(name);
  }
}
