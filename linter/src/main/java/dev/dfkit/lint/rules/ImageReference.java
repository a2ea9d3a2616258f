package dev.dfkit.lint.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is an image reference Docker accepts, with the grammar of the distribution
 * project's {@code reference.ParseNormalizedNamed} (what BuildKit uses for FROM): optional domain
 * and port, lower-case path components, optional tag, optional digest of a known algorithm.
 */
final class ImageReference {

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
  private static final String NAME = "(?:" + DOMAIN_AND_PORT + "/)?" + REMOTE_NAME;
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";

  private static final Pattern REFERENCE =
      Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
  private static final Pattern ANCHORED_NAME =
      Pattern.compile("^(?:(" + DOMAIN_AND_PORT + ")/)?(" + REMOTE_NAME + ")$");
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-f0-9]{64}$");
  private static final Map<String, Integer> DIGEST_LENGTHS =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);
  private static final int MAX_PATH = 255;

  private ImageReference() {}

  static boolean isValid(String s) {
    if (s.length() > 4096 || IDENTIFIER.matcher(s).matches()) {
      return false;
    }
    String domain;
    String remainder;
    int slash = s.indexOf('/');
    if (slash < 0) {
      domain = "docker.io";
      remainder = "library/" + s;
    } else {
      String maybeDomain = s.substring(0, slash);
      String maybeRemote = s.substring(slash + 1);
      if (maybeDomain.equals("localhost")
          || maybeDomain.contains(".")
          || maybeDomain.contains(":")
          || !maybeDomain.toLowerCase(Locale.ROOT).equals(maybeDomain)) {
        domain = maybeDomain.equals("index.docker.io") ? "docker.io" : maybeDomain;
        remainder = maybeRemote;
      } else {
        domain = "docker.io";
        remainder = s;
      }
      if (domain.equals("docker.io") && remainder.indexOf('/') < 0) {
        remainder = "library/" + remainder;
      }
    }
    int colon = remainder.indexOf(':');
    String remote = colon < 0 ? remainder : remainder.substring(0, colon);
    if (!remote.toLowerCase(Locale.ROOT).equals(remote)) {
      return false;
    }
    Matcher m = REFERENCE.matcher(domain + "/" + remainder);
    if (!m.matches()) {
      return false;
    }
    Matcher name = ANCHORED_NAME.matcher(m.group(1));
    String path = name.matches() ? name.group(2) : m.group(1);
    if (path.length() > MAX_PATH) {
      return false;
    }
    String digest = m.group(3);
    if (digest != null) {
      int sep = digest.indexOf(':');
      Integer length = DIGEST_LENGTHS.get(digest.substring(0, sep));
      String hex = digest.substring(sep + 1);
      return length != null && hex.length() == length && hex.matches("[a-f0-9]+");
    }
    return true;
  }
}
