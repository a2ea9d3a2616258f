package dev.dfkit.lint.rules;

import java.util.Optional;

/**
 * An image reference split the way Docker reads it: {@code [registry/]path[:tag][@digest]}. The
 * first path component is a registry when it has a {@code .} or a {@code :}, or is {@code
 * localhost}; without one the image comes from Docker Hub.
 */
record ImageReference(
    Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {

  static ImageReference parse(String reference) {
    String rest = reference;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    Optional<String> tag = Optional.empty();
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = Optional.of(rest.substring(colon + 1));
      rest = rest.substring(0, colon);
    }
    Optional<String> registry = Optional.empty();
    int slash = rest.indexOf('/');
    if (slash > 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = Optional.of(first);
        rest = rest.substring(slash + 1);
      }
    }
    return new ImageReference(registry, rest, tag, digest);
  }
}
