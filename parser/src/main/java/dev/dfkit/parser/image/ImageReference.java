package dev.dfkit.parser.image;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference split the way Docker reads it: {@code [registry/]path[:tag][@digest]}. The
 * first path component is a registry when it has a {@code .} or a {@code :}, or is {@code
 * localhost}; without one the image comes from Docker Hub ({@code docker.io}, official images under
 * {@code library/}).
 *
 * @param registry the registry as written, if one was
 * @param path the repository path as written
 * @param tag the tag, if written
 * @param digest the digest ({@code sha256:...}), if written
 */
public record ImageReference(
    Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {

  public static final String DOCKER_HUB = "docker.io";

  // The distribution/reference grammar.
  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String DOMAIN_COMPONENT =
      "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
  private static final String HOST = "(?:" + DOMAIN_NAME + "|\\[(?:[a-fA-F0-9:]+)\\])";
  private static final String DOMAIN_AND_PORT = HOST + "(?::[0-9]+)?";
  private static final String PATH_COMPONENT =
      ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final Pattern DOMAIN = Pattern.compile(DOMAIN_AND_PORT);
  private static final Pattern REMOTE = Pattern.compile(REMOTE_NAME);
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-f0-9]{64}");
  private static final Map<String, Integer> DIGEST_LENGTHS =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  /** Splits any text, valid or not (rules judge what was written). */
  public static ImageReference split(String reference) {
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

  /** Parses a valid reference (Docker's grammar); empty when Docker would reject it. */
  public static Optional<ImageReference> parse(String reference) {
    return isValid(reference) ? Optional.of(split(reference)) : Optional.empty();
  }

  /** Whether Docker accepts this as an image reference (lower-case path, valid tag and digest). */
  public static boolean isValid(String s) {
    if (s.isEmpty() || s.length() > 4096 || IDENTIFIER.matcher(s).matches()) {
      return false;
    }
    ImageReference r = split(s);
    if (r.registry.isPresent() && !DOMAIN.matcher(r.registry.get()).matches()) {
      return false;
    }
    if (!REMOTE.matcher(r.path).matches() || r.path.length() > 255) {
      return false;
    }
    if (r.tag.isPresent() && !TAG.matcher(r.tag.get()).matches()) {
      return false;
    }
    if (r.digest.isPresent()) {
      Matcher m = DIGEST.matcher(r.digest.get());
      if (!m.matches()) {
        return false;
      }
      Integer length = DIGEST_LENGTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return length != null && m.group(2).length() == length && m.group(2).matches("[a-f0-9]+");
    }
    return true;
  }

  /** The registry to talk to: the one written, else Docker Hub ({@code index.docker.io} too). */
  public String domain() {
    return registry.map(r -> r.equals("index.docker.io") ? DOCKER_HUB : r).orElse(DOCKER_HUB);
  }

  /** The repository path as the registry knows it ({@code library/alpine} for {@code alpine}). */
  public String repository() {
    return domain().equals(DOCKER_HUB) && path.indexOf('/') < 0 ? "library/" + path : path;
  }

  /** {@code docker.io/library/alpine:latest}: registry, repository and tag (latest when none). */
  public String canonical() {
    String name = domain() + "/" + repository();
    if (digest.isPresent()) {
      return name + tag.map(t -> ":" + t).orElse("") + "@" + digest.get();
    }
    return name + ":" + tag.orElse("latest");
  }

  /** The reference written as Docker shows it ({@code alpine:3.20}, {@code ghcr.io/x/y:1}). */
  public String familiar() {
    String name =
        domain().equals(DOCKER_HUB) && repository().startsWith("library/")
            ? repository().substring("library/".length())
            : (domain().equals(DOCKER_HUB) ? repository() : domain() + "/" + repository());
    return name + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
  }
}
